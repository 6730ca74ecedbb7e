// Generated from openapi/bifrost.yaml by `pnpm generate`. Do not edit.

import { z } from 'zod';

export const ConversationRoleSchema = z.enum(['user', 'assistant', 'system']).meta({ id: 'ConversationRole' });

export const ImageFormatSchema = z.enum(['png', 'jpeg', 'gif', 'webp']).meta({ id: 'ImageFormat' });

export const S3LocationSchema = z
  .strictObject({
    uri: z
      .string()
      .min(1)
      .max(1024)
      .regex(/^s3:\/\/[a-z0-9][.\-a-z0-9]{1,61}[a-z0-9](\/.*)?$/),
    bucketOwner: z
      .string()
      .regex(/^[0-9]{12}$/)
      .optional(),
  })
  .meta({ id: 'S3Location' });

export const ImageSourceSchema = z
  .union([
    z.strictObject({ bytes: z.base64().min(1).meta({ format: 'byte' }) }),
    z.strictObject({ s3Location: S3LocationSchema }),
  ])
  .meta({ id: 'ImageSource' });

export const ErrorBlockSchema = z.strictObject({ message: z.string().optional() }).meta({ id: 'ErrorBlock' });

export const ImageBlockSchema = z
  .strictObject({ format: ImageFormatSchema, source: ImageSourceSchema, error: ErrorBlockSchema.optional() })
  .meta({ id: 'ImageBlock' });

export const DocumentFormatSchema = z
  .enum(['pdf', 'csv', 'doc', 'docx', 'xls', 'xlsx', 'html', 'txt', 'md'])
  .meta({ id: 'DocumentFormat' });

export const DocumentContentBlockSchema = z.strictObject({ text: z.string() }).meta({ id: 'DocumentContentBlock' });

export const DocumentSourceSchema = z
  .union([
    z.strictObject({ bytes: z.base64().min(1).meta({ format: 'byte' }) }),
    z.strictObject({ s3Location: S3LocationSchema }),
    z.strictObject({ text: z.string() }),
    z.strictObject({ content: z.array(DocumentContentBlockSchema) }),
  ])
  .meta({ id: 'DocumentSource' });

export const CitationsConfigSchema = z.strictObject({ enabled: z.boolean() }).meta({ id: 'CitationsConfig' });

export const DocumentBlockSchema = z
  .strictObject({
    format: DocumentFormatSchema.optional(),
    name: z.string().min(1).max(200),
    source: DocumentSourceSchema,
    context: z.string().optional(),
    citations: CitationsConfigSchema.optional(),
  })
  .meta({ id: 'DocumentBlock' });

export const VideoFormatSchema = z
  .enum(['mkv', 'mov', 'mp4', 'webm', 'flv', 'mpeg', 'mpg', 'wmv', 'three_gp'])
  .meta({ id: 'VideoFormat' });

export const VideoSourceSchema = z
  .union([
    z.strictObject({ bytes: z.base64().min(1).meta({ format: 'byte' }) }),
    z.strictObject({ s3Location: S3LocationSchema }),
  ])
  .meta({ id: 'VideoSource' });

export const VideoBlockSchema = z
  .strictObject({ format: VideoFormatSchema, source: VideoSourceSchema })
  .meta({ id: 'VideoBlock' });

export const AudioFormatSchema = z
  .enum([
    'mp3',
    'opus',
    'wav',
    'aac',
    'flac',
    'mp4',
    'ogg',
    'mkv',
    'mka',
    'x-aac',
    'm4a',
    'mpeg',
    'mpga',
    'pcm',
    'webm',
  ])
  .meta({ id: 'AudioFormat' });

export const AudioSourceSchema = z
  .union([
    z.strictObject({ bytes: z.base64().min(1).meta({ format: 'byte' }) }),
    z.strictObject({ s3Location: S3LocationSchema }),
  ])
  .meta({ id: 'AudioSource' });

export const AudioBlockSchema = z
  .strictObject({ format: AudioFormatSchema, source: AudioSourceSchema, error: ErrorBlockSchema.optional() })
  .meta({ id: 'AudioBlock' });

export const ToolUseTypeSchema = z.enum(['server_tool_use']).meta({ id: 'ToolUseType' });

export const ToolUseBlockSchema = z
  .strictObject({
    toolUseId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_.:-]+$/),
    name: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_-]+$/),
    input: z.unknown().nonoptional(),
    type: ToolUseTypeSchema.optional(),
  })
  .meta({ id: 'ToolUseBlock' });

export const SearchResultContentBlockSchema = z
  .strictObject({ text: z.string() })
  .meta({ id: 'SearchResultContentBlock' });

export const SearchResultBlockSchema = z
  .strictObject({
    source: z.string(),
    title: z.string(),
    content: z.array(SearchResultContentBlockSchema),
    citations: CitationsConfigSchema.optional(),
  })
  .meta({ id: 'SearchResultBlock' });

export const ToolResultContentBlockSchema = z
  .union([
    z.strictObject({ json: z.unknown().nonoptional() }),
    z.strictObject({ text: z.string() }),
    z.strictObject({ image: ImageBlockSchema }),
    z.strictObject({ document: DocumentBlockSchema }),
    z.strictObject({ video: VideoBlockSchema }),
    z.strictObject({ searchResult: SearchResultBlockSchema }),
  ])
  .meta({ id: 'ToolResultContentBlock', description: 'One piece of a tool result: exactly one member is set.' });

export const ToolResultStatusSchema = z.enum(['success', 'error']).meta({ id: 'ToolResultStatus' });

export const ToolResultBlockSchema = z
  .strictObject({
    toolUseId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_.:-]+$/),
    content: z.array(ToolResultContentBlockSchema),
    status: ToolResultStatusSchema.optional(),
    type: z.string().optional(),
  })
  .meta({ id: 'ToolResultBlock' });

export const GuardrailConverseContentQualifierSchema = z
  .enum(['grounding_source', 'query', 'guard_content'])
  .meta({ id: 'GuardrailConverseContentQualifier' });

export const GuardrailConverseTextBlockSchema = z
  .strictObject({ text: z.string(), qualifiers: z.array(GuardrailConverseContentQualifierSchema).optional() })
  .meta({ id: 'GuardrailConverseTextBlock' });

export const GuardrailConverseImageFormatSchema = z.enum(['png', 'jpeg']).meta({ id: 'GuardrailConverseImageFormat' });

export const GuardrailConverseImageSourceSchema = z
  .strictObject({ bytes: z.base64().min(1).meta({ format: 'byte' }) })
  .meta({ id: 'GuardrailConverseImageSource' });

export const GuardrailConverseImageBlockSchema = z
  .strictObject({ format: GuardrailConverseImageFormatSchema, source: GuardrailConverseImageSourceSchema })
  .meta({ id: 'GuardrailConverseImageBlock' });

export const GuardrailConverseContentBlockSchema = z
  .union([
    z.strictObject({ text: GuardrailConverseTextBlockSchema }),
    z.strictObject({ image: GuardrailConverseImageBlockSchema }),
  ])
  .meta({ id: 'GuardrailConverseContentBlock' });

export const CachePointTypeSchema = z.enum(['default']).meta({ id: 'CachePointType' });

export const CacheTTLSchema = z.enum(['5m', '1h']).meta({ id: 'CacheTTL' });

export const CachePointBlockSchema = z
  .strictObject({ type: CachePointTypeSchema, ttl: CacheTTLSchema.optional() })
  .meta({ id: 'CachePointBlock' });

export const ReasoningTextBlockSchema = z
  .strictObject({ text: z.string(), signature: z.string().optional() })
  .meta({ id: 'ReasoningTextBlock' });

export const ReasoningContentBlockSchema = z
  .union([
    z.strictObject({ reasoningText: ReasoningTextBlockSchema }),
    z.strictObject({ redactedContent: z.base64().meta({ format: 'byte' }) }),
  ])
  .meta({ id: 'ReasoningContentBlock' });

export const CitationGeneratedContentSchema = z
  .strictObject({ text: z.string() })
  .meta({ id: 'CitationGeneratedContent' });

export const CitationSourceContentSchema = z.strictObject({ text: z.string() }).meta({ id: 'CitationSourceContent' });

export const WebLocationSchema = z
  .strictObject({ url: z.string().optional(), domain: z.string().optional() })
  .meta({ id: 'WebLocation' });

export const DocumentCharLocationSchema = z
  .strictObject({
    documentIndex: z.int().min(0).optional(),
    start: z.int().min(0).optional(),
    end: z.int().min(0).optional(),
  })
  .meta({ id: 'DocumentCharLocation' });

export const DocumentPageLocationSchema = z
  .strictObject({
    documentIndex: z.int().min(0).optional(),
    start: z.int().min(0).optional(),
    end: z.int().min(0).optional(),
  })
  .meta({ id: 'DocumentPageLocation' });

export const DocumentChunkLocationSchema = z
  .strictObject({
    documentIndex: z.int().min(0).optional(),
    start: z.int().min(0).optional(),
    end: z.int().min(0).optional(),
  })
  .meta({ id: 'DocumentChunkLocation' });

export const SearchResultLocationSchema = z
  .strictObject({
    searchResultIndex: z.int().min(0).optional(),
    start: z.int().min(0).optional(),
    end: z.int().min(0).optional(),
  })
  .meta({ id: 'SearchResultLocation' });

export const CitationLocationSchema = z
  .union([
    z.strictObject({ web: WebLocationSchema }),
    z.strictObject({ documentChar: DocumentCharLocationSchema }),
    z.strictObject({ documentPage: DocumentPageLocationSchema }),
    z.strictObject({ documentChunk: DocumentChunkLocationSchema }),
    z.strictObject({ searchResultLocation: SearchResultLocationSchema }),
  ])
  .meta({ id: 'CitationLocation' });

export const CitationSchema = z
  .strictObject({
    title: z.string().optional(),
    source: z.string().optional(),
    sourceContent: z.array(CitationSourceContentSchema).optional(),
    location: CitationLocationSchema.optional(),
  })
  .meta({ id: 'Citation' });

export const CitationsContentBlockSchema = z
  .strictObject({
    content: z.array(CitationGeneratedContentSchema).optional(),
    citations: z.array(CitationSchema).optional(),
  })
  .meta({ id: 'CitationsContentBlock' });

export const ToolReferenceSchema = z
  .strictObject({
    type: z.string().min(1).max(64).optional(),
    name: z.string().min(1).max(128).optional(),
    serverName: z.string().min(1).max(128).optional(),
  })
  .meta({ id: 'ToolReference' });

export const ToolAdditionBlockSchema = z.strictObject({ tool: ToolReferenceSchema }).meta({ id: 'ToolAdditionBlock' });

export const ToolRemovalBlockSchema = z.strictObject({ tool: ToolReferenceSchema }).meta({ id: 'ToolRemovalBlock' });

export const BedrockContentBlockSchema = z
  .union([
    z.strictObject({ text: z.string() }),
    z.strictObject({ image: ImageBlockSchema }),
    z.strictObject({ document: DocumentBlockSchema }),
    z.strictObject({ video: VideoBlockSchema }),
    z.strictObject({ audio: AudioBlockSchema }),
    z.strictObject({ toolUse: ToolUseBlockSchema }),
    z.strictObject({ toolResult: ToolResultBlockSchema }),
    z.strictObject({ guardContent: GuardrailConverseContentBlockSchema }),
    z.strictObject({ cachePoint: CachePointBlockSchema }),
    z.strictObject({ reasoningContent: ReasoningContentBlockSchema }),
    z.strictObject({ citationsContent: CitationsContentBlockSchema }),
    z.strictObject({ searchResult: SearchResultBlockSchema }),
    z.strictObject({ toolAddition: ToolAdditionBlockSchema }),
    z.strictObject({ toolRemoval: ToolRemovalBlockSchema }),
  ])
  .meta({ id: 'BedrockContentBlock', description: 'One piece of a message: exactly one member is set.' });

export const BedrockMessageSchema = z
  .strictObject({ role: ConversationRoleSchema, content: z.array(BedrockContentBlockSchema) })
  .meta({ id: 'BedrockMessage', description: 'One turn of the conversation.' });

export const SystemContentBlockSchema = z
  .union([
    z.strictObject({ text: z.string().min(1) }),
    z.strictObject({ guardContent: GuardrailConverseContentBlockSchema }),
    z.strictObject({ cachePoint: CachePointBlockSchema }),
  ])
  .meta({ id: 'SystemContentBlock', description: 'One piece of the system prompt: exactly one member is set.' });

export const InferenceConfigurationSchema = z
  .strictObject({
    maxTokens: z.int().min(1).optional(),
    temperature: z.number().min(0).max(1).meta({ format: 'float' }).optional(),
    topP: z.number().min(0).max(1).meta({ format: 'float' }).optional(),
    stopSequences: z.array(z.string().min(1)).max(2500).optional(),
  })
  .meta({ id: 'InferenceConfiguration' });

export const ToolInputSchemaSchema = z
  .strictObject({ json: z.unknown().nonoptional() })
  .meta({ id: 'ToolInputSchema' });

export const ToolSpecificationSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_-]+$/),
    description: z.string().min(1).optional(),
    inputSchema: ToolInputSchemaSchema,
    strict: z.boolean().optional(),
  })
  .meta({ id: 'ToolSpecification' });

export const SystemToolSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_-]+$/),
  })
  .meta({ id: 'SystemTool' });

export const ToolSchema = z
  .union([
    z.strictObject({ toolSpec: ToolSpecificationSchema }),
    z.strictObject({ systemTool: SystemToolSchema }),
    z.strictObject({ cachePoint: CachePointBlockSchema }),
  ])
  .meta({ id: 'Tool' });

export const AutoToolChoiceSchema = z.strictObject({}).meta({ id: 'AutoToolChoice' });

export const AnyToolChoiceSchema = z.strictObject({}).meta({ id: 'AnyToolChoice' });

export const SpecificToolChoiceSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_-]+$/),
  })
  .meta({ id: 'SpecificToolChoice' });

export const ToolChoiceSchema = z
  .union([
    z.strictObject({ auto: AutoToolChoiceSchema }),
    z.strictObject({ any: AnyToolChoiceSchema }),
    z.strictObject({ tool: SpecificToolChoiceSchema }),
  ])
  .meta({ id: 'ToolChoice' });

export const ToolConfigurationSchema = z
  .strictObject({ tools: z.array(ToolSchema).min(1), toolChoice: ToolChoiceSchema.optional() })
  .meta({ id: 'ToolConfiguration' });

export const GuardrailTraceSchema = z.enum(['enabled', 'disabled', 'enabled_full']).meta({ id: 'GuardrailTrace' });

export const GuardrailStreamProcessingModeSchema = z
  .enum(['sync', 'async'])
  .meta({ id: 'GuardrailStreamProcessingMode' });

export const GuardrailStreamConfigurationSchema = z
  .strictObject({
    guardrailIdentifier: z
      .string()
      .max(2048)
      .regex(/^(?:(|([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+)))$/)
      .optional(),
    guardrailVersion: z
      .string()
      .regex(/^(?:(|([1-9][0-9]{0,7})|(DRAFT)))$/)
      .optional(),
    trace: GuardrailTraceSchema.optional(),
    streamProcessingMode: GuardrailStreamProcessingModeSchema.optional(),
  })
  .meta({ id: 'GuardrailStreamConfiguration' });

export const PromptVariableValuesSchema = z.strictObject({ text: z.string() }).meta({ id: 'PromptVariableValues' });

export const PerformanceConfigLatencySchema = z
  .enum(['standard', 'optimized'])
  .meta({ id: 'PerformanceConfigLatency' });

export const PerformanceConfigurationSchema = z
  .strictObject({ latency: PerformanceConfigLatencySchema.optional() })
  .meta({ id: 'PerformanceConfiguration' });

export const ServiceTierTypeSchema = z
  .enum(['priority', 'default', 'flex', 'reserved'])
  .meta({ id: 'ServiceTierType' });

export const ServiceTierSchema = z.strictObject({ type: ServiceTierTypeSchema }).meta({ id: 'ServiceTier' });

export const OutputFormatTypeSchema = z.enum(['json_schema']).meta({ id: 'OutputFormatType' });

export const JsonSchemaDefinitionSchema = z
  .strictObject({ schema: z.string(), name: z.string().optional(), description: z.string().optional() })
  .meta({ id: 'JsonSchemaDefinition' });

export const OutputFormatStructureSchema = z
  .strictObject({ jsonSchema: JsonSchemaDefinitionSchema })
  .meta({ id: 'OutputFormatStructure' });

export const OutputFormatSchema = z
  .strictObject({ type: OutputFormatTypeSchema, structure: OutputFormatStructureSchema })
  .meta({ id: 'OutputFormat' });

export const OutputConfigSchema = z
  .strictObject({ textFormat: OutputFormatSchema.optional(), effort: z.string().max(16).optional() })
  .meta({ id: 'OutputConfig' });

export const BedrockConverseRequestSchema = z
  .strictObject({
    messages: z.array(BedrockMessageSchema).optional(),
    system: z.array(SystemContentBlockSchema).optional(),
    inferenceConfig: InferenceConfigurationSchema.optional(),
    toolConfig: ToolConfigurationSchema.optional(),
    guardrailConfig: GuardrailStreamConfigurationSchema.optional(),
    additionalModelRequestFields: z
      .record(z.string(), z.unknown())
      .describe('Model-specific inference parameters, passed to the model as they are.')
      .optional(),
    promptVariables: z.record(z.string(), PromptVariableValuesSchema).optional(),
    additionalModelResponseFieldPaths: z.array(z.string().min(1).max(256)).max(10).optional(),
    requestMetadata: z
      .record(
        z
          .string()
          .min(1)
          .max(256)
          .regex(/^[a-zA-Z0-9\s:_@$#=/+,-.]{1,256}$/),
        z
          .string()
          .max(256)
          .regex(/^[a-zA-Z0-9\s:_@$#=/+,-.]{0,256}$/),
      )
      .meta({
        propertyNames: { type: 'string', minLength: 1, maxLength: 256, pattern: '^[a-zA-Z0-9\\s:_@$#=/+,-.]{1,256}$' },
      })
      .optional(),
    performanceConfig: PerformanceConfigurationSchema.optional(),
    serviceTier: ServiceTierSchema.optional(),
    outputConfig: OutputConfigSchema.optional(),
    fallbacks: z
      .array(z.string().min(1).max(2048))
      .max(8)
      .describe(
        'Model ids tried in order when the primary model fails before any byte of the reply has been sent. A gateway field: never forwarded upstream.',
      )
      .optional(),
  })
  .meta({
    id: 'BedrockConverseRequest',
    description:
      "The body of a Converse or ConverseStream request, as Amazon Bedrock defines it, plus the gateway's `fallbacks`. Unknown fields are rejected, as Bedrock does.",
  });

export const MessageStartEventSchema = z
  .looseObject({ role: ConversationRoleSchema })
  .meta({ id: 'MessageStartEvent', description: 'The reply begins: the role of the message being generated.' });

export const ToolUseBlockStartSchema = z
  .looseObject({
    toolUseId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_.:-]+$/),
    name: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_-]+$/),
    type: ToolUseTypeSchema.optional(),
  })
  .meta({ id: 'ToolUseBlockStart' });

export const ToolResultBlockStartSchema = z
  .looseObject({
    toolUseId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-zA-Z0-9_.:-]+$/),
    type: z.string().optional(),
    status: ToolResultStatusSchema.optional(),
  })
  .meta({ id: 'ToolResultBlockStart' });

export const ImageBlockStartSchema = z.looseObject({ format: ImageFormatSchema }).meta({ id: 'ImageBlockStart' });

export const ContentBlockStartSchema = z
  .union([
    z.looseObject({ toolUse: ToolUseBlockStartSchema }),
    z.looseObject({ toolResult: ToolResultBlockStartSchema }),
    z.looseObject({ image: ImageBlockStartSchema }),
  ])
  .meta({ id: 'ContentBlockStart' });

export const ContentBlockStartEventSchema = z
  .looseObject({ start: ContentBlockStartSchema, contentBlockIndex: z.int().min(0) })
  .meta({
    id: 'ContentBlockStartEvent',
    description:
      'A content block begins. Sent only for blocks that need a start (tool use, tool result, image); text and reasoning blocks start with their first delta.',
  });

export const ToolUseBlockDeltaSchema = z.looseObject({ input: z.string() }).meta({ id: 'ToolUseBlockDelta' });

export const ToolResultBlockDeltaSchema = z
  .union([z.looseObject({ text: z.string() }), z.looseObject({ json: z.unknown().nonoptional() })])
  .meta({ id: 'ToolResultBlockDelta' });

export const ReasoningContentBlockDeltaSchema = z
  .union([
    z.looseObject({ text: z.string() }),
    z.looseObject({ redactedContent: z.base64().meta({ format: 'byte' }) }),
    z.looseObject({ signature: z.string() }),
  ])
  .meta({ id: 'ReasoningContentBlockDelta' });

export const CitationSourceContentDeltaSchema = z
  .looseObject({ text: z.string().optional() })
  .meta({ id: 'CitationSourceContentDelta' });

export const CitationsDeltaSchema = z
  .looseObject({
    title: z.string().optional(),
    source: z.string().optional(),
    sourceContent: z.array(CitationSourceContentDeltaSchema).optional(),
    location: CitationLocationSchema.optional(),
  })
  .meta({ id: 'CitationsDelta' });

export const ImageBlockDeltaSchema = z
  .looseObject({ source: ImageSourceSchema.optional(), error: ErrorBlockSchema.optional() })
  .meta({ id: 'ImageBlockDelta' });

export const ContentBlockDeltaSchema = z
  .union([
    z.looseObject({ text: z.string() }),
    z.looseObject({ toolUse: ToolUseBlockDeltaSchema }),
    z.looseObject({ toolResult: z.array(ToolResultBlockDeltaSchema) }),
    z.looseObject({ reasoningContent: ReasoningContentBlockDeltaSchema }),
    z.looseObject({ citation: CitationsDeltaSchema }),
    z.looseObject({ image: ImageBlockDeltaSchema }),
  ])
  .meta({ id: 'ContentBlockDelta' });

export const ContentBlockDeltaEventSchema = z
  .looseObject({ delta: ContentBlockDeltaSchema, contentBlockIndex: z.int().min(0) })
  .meta({ id: 'ContentBlockDeltaEvent', description: 'A piece of a content block.' });

export const ContentBlockStopEventSchema = z
  .looseObject({ contentBlockIndex: z.int().min(0) })
  .meta({ id: 'ContentBlockStopEvent', description: 'A content block is complete.' });

export const StopReasonSchema = z
  .enum([
    'end_turn',
    'tool_use',
    'max_tokens',
    'stop_sequence',
    'guardrail_intervened',
    'content_filtered',
    'malformed_model_output',
    'malformed_tool_use',
    'model_context_window_exceeded',
  ])
  .meta({ id: 'StopReason', description: 'Why the model stopped generating.' });

export const MessageStopEventSchema = z
  .looseObject({ stopReason: StopReasonSchema, additionalModelResponseFields: z.unknown().optional() })
  .meta({ id: 'MessageStopEvent', description: 'The message is complete.' });

export const CacheDetailSchema = z
  .looseObject({ ttl: CacheTTLSchema, inputTokens: z.int().min(0) })
  .meta({ id: 'CacheDetail' });

export const TokenUsageSchema = z
  .looseObject({
    inputTokens: z.int().min(0),
    outputTokens: z.int().min(0),
    totalTokens: z.int().min(0),
    cacheReadInputTokens: z.int().min(0).optional(),
    cacheWriteInputTokens: z.int().min(0).optional(),
    cacheDetails: z.array(CacheDetailSchema).optional(),
  })
  .meta({
    id: 'TokenUsage',
    description:
      'Tokens counted for the request. `totalTokens` is input plus output tokens, plus those read from and written to the prompt cache.',
  });

export const ConverseStreamMetricsSchema = z
  .looseObject({ latencyMs: z.int().meta({ format: 'int64' }) })
  .meta({ id: 'ConverseStreamMetrics', description: 'Latency of the request, measured by the service that answered.' });

export const GuardrailTopicTypeSchema = z.enum(['DENY']).meta({ id: 'GuardrailTopicType' });

export const GuardrailTopicPolicyActionSchema = z.enum(['BLOCKED', 'NONE']).meta({ id: 'GuardrailTopicPolicyAction' });

export const GuardrailTopicSchema = z
  .looseObject({
    name: z.string(),
    type: GuardrailTopicTypeSchema,
    action: GuardrailTopicPolicyActionSchema,
    detected: z.boolean().optional(),
  })
  .meta({ id: 'GuardrailTopic' });

export const GuardrailTopicPolicyAssessmentSchema = z
  .looseObject({ topics: z.array(GuardrailTopicSchema) })
  .meta({ id: 'GuardrailTopicPolicyAssessment' });

export const GuardrailContentFilterTypeSchema = z
  .enum(['INSULTS', 'HATE', 'SEXUAL', 'VIOLENCE', 'MISCONDUCT', 'PROMPT_ATTACK'])
  .meta({ id: 'GuardrailContentFilterType' });

export const GuardrailContentFilterConfidenceSchema = z
  .enum(['NONE', 'LOW', 'MEDIUM', 'HIGH'])
  .meta({ id: 'GuardrailContentFilterConfidence' });

export const GuardrailContentFilterStrengthSchema = z
  .enum(['NONE', 'LOW', 'MEDIUM', 'HIGH'])
  .meta({ id: 'GuardrailContentFilterStrength' });

export const GuardrailContentPolicyActionSchema = z
  .enum(['BLOCKED', 'NONE'])
  .meta({ id: 'GuardrailContentPolicyAction' });

export const GuardrailContentFilterSchema = z
  .looseObject({
    type: GuardrailContentFilterTypeSchema,
    confidence: GuardrailContentFilterConfidenceSchema,
    filterStrength: GuardrailContentFilterStrengthSchema.optional(),
    action: GuardrailContentPolicyActionSchema,
    detected: z.boolean().optional(),
  })
  .meta({ id: 'GuardrailContentFilter' });

export const GuardrailContentPolicyAssessmentSchema = z
  .looseObject({ filters: z.array(GuardrailContentFilterSchema) })
  .meta({ id: 'GuardrailContentPolicyAssessment' });

export const GuardrailWordPolicyActionSchema = z.enum(['BLOCKED', 'NONE']).meta({ id: 'GuardrailWordPolicyAction' });

export const GuardrailCustomWordSchema = z
  .looseObject({ match: z.string(), action: GuardrailWordPolicyActionSchema, detected: z.boolean().optional() })
  .meta({ id: 'GuardrailCustomWord' });

export const GuardrailManagedWordTypeSchema = z.enum(['PROFANITY']).meta({ id: 'GuardrailManagedWordType' });

export const GuardrailManagedWordSchema = z
  .looseObject({
    match: z.string(),
    type: GuardrailManagedWordTypeSchema,
    action: GuardrailWordPolicyActionSchema,
    detected: z.boolean().optional(),
  })
  .meta({ id: 'GuardrailManagedWord' });

export const GuardrailWordPolicyAssessmentSchema = z
  .looseObject({
    customWords: z.array(GuardrailCustomWordSchema),
    managedWordLists: z.array(GuardrailManagedWordSchema),
  })
  .meta({ id: 'GuardrailWordPolicyAssessment' });

export const GuardrailPiiEntityTypeSchema = z
  .enum([
    'ADDRESS',
    'AGE',
    'AWS_ACCESS_KEY',
    'AWS_SECRET_KEY',
    'CA_HEALTH_NUMBER',
    'CA_SOCIAL_INSURANCE_NUMBER',
    'CREDIT_DEBIT_CARD_CVV',
    'CREDIT_DEBIT_CARD_EXPIRY',
    'CREDIT_DEBIT_CARD_NUMBER',
    'DRIVER_ID',
    'EMAIL',
    'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
    'IP_ADDRESS',
    'LICENSE_PLATE',
    'MAC_ADDRESS',
    'NAME',
    'PASSWORD',
    'PHONE',
    'PIN',
    'SWIFT_CODE',
    'UK_NATIONAL_HEALTH_SERVICE_NUMBER',
    'UK_NATIONAL_INSURANCE_NUMBER',
    'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER',
    'URL',
    'USERNAME',
    'US_BANK_ACCOUNT_NUMBER',
    'US_BANK_ROUTING_NUMBER',
    'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER',
    'US_PASSPORT_NUMBER',
    'US_SOCIAL_SECURITY_NUMBER',
    'VEHICLE_IDENTIFICATION_NUMBER',
  ])
  .meta({ id: 'GuardrailPiiEntityType' });

export const GuardrailSensitiveInformationPolicyActionSchema = z
  .enum(['ANONYMIZED', 'BLOCKED', 'NONE'])
  .meta({ id: 'GuardrailSensitiveInformationPolicyAction' });

export const GuardrailPiiEntityFilterSchema = z
  .looseObject({
    match: z.string(),
    type: GuardrailPiiEntityTypeSchema,
    action: GuardrailSensitiveInformationPolicyActionSchema,
    detected: z.boolean().optional(),
  })
  .meta({ id: 'GuardrailPiiEntityFilter' });

export const GuardrailRegexFilterSchema = z
  .looseObject({
    name: z.string().optional(),
    match: z.string().optional(),
    regex: z.string().optional(),
    action: GuardrailSensitiveInformationPolicyActionSchema,
    detected: z.boolean().optional(),
  })
  .meta({ id: 'GuardrailRegexFilter' });

export const GuardrailSensitiveInformationPolicyAssessmentSchema = z
  .looseObject({ piiEntities: z.array(GuardrailPiiEntityFilterSchema), regexes: z.array(GuardrailRegexFilterSchema) })
  .meta({ id: 'GuardrailSensitiveInformationPolicyAssessment' });

export const GuardrailContextualGroundingFilterTypeSchema = z
  .enum(['GROUNDING', 'RELEVANCE'])
  .meta({ id: 'GuardrailContextualGroundingFilterType' });

export const GuardrailContextualGroundingPolicyActionSchema = z
  .enum(['BLOCKED', 'NONE'])
  .meta({ id: 'GuardrailContextualGroundingPolicyAction' });

export const GuardrailContextualGroundingFilterSchema = z
  .looseObject({
    type: GuardrailContextualGroundingFilterTypeSchema,
    threshold: z.number().min(0).max(1).meta({ format: 'double' }),
    score: z.number().min(0).max(1).meta({ format: 'double' }),
    action: GuardrailContextualGroundingPolicyActionSchema,
    detected: z.boolean().optional(),
  })
  .meta({ id: 'GuardrailContextualGroundingFilter' });

export const GuardrailContextualGroundingPolicyAssessmentSchema = z
  .looseObject({ filters: z.array(GuardrailContextualGroundingFilterSchema).optional() })
  .meta({ id: 'GuardrailContextualGroundingPolicyAssessment' });

export const GuardrailAutomatedReasoningStatementSchema = z
  .looseObject({ logic: z.string().max(1000).optional(), naturalLanguage: z.string().max(1000).optional() })
  .meta({ id: 'GuardrailAutomatedReasoningStatement' });

export const GuardrailAutomatedReasoningInputTextReferenceSchema = z
  .looseObject({ text: z.string().max(1000).optional() })
  .meta({ id: 'GuardrailAutomatedReasoningInputTextReference' });

export const GuardrailAutomatedReasoningTranslationSchema = z
  .looseObject({
    premises: z.array(GuardrailAutomatedReasoningStatementSchema).optional(),
    claims: z.array(GuardrailAutomatedReasoningStatementSchema).optional(),
    untranslatedPremises: z.array(GuardrailAutomatedReasoningInputTextReferenceSchema).optional(),
    untranslatedClaims: z.array(GuardrailAutomatedReasoningInputTextReferenceSchema).optional(),
    confidence: z.number().min(0).max(1).meta({ format: 'double' }).optional(),
  })
  .meta({ id: 'GuardrailAutomatedReasoningTranslation' });

export const GuardrailAutomatedReasoningScenarioSchema = z
  .looseObject({ statements: z.array(GuardrailAutomatedReasoningStatementSchema).optional() })
  .meta({ id: 'GuardrailAutomatedReasoningScenario' });

export const GuardrailAutomatedReasoningRuleSchema = z
  .looseObject({ identifier: z.string().max(12).optional(), policyVersionArn: z.string().max(2048).optional() })
  .meta({ id: 'GuardrailAutomatedReasoningRule' });

export const GuardrailAutomatedReasoningLogicWarningTypeSchema = z
  .enum(['ALWAYS_FALSE', 'ALWAYS_TRUE'])
  .meta({ id: 'GuardrailAutomatedReasoningLogicWarningType' });

export const GuardrailAutomatedReasoningLogicWarningSchema = z
  .looseObject({
    type: GuardrailAutomatedReasoningLogicWarningTypeSchema.optional(),
    premises: z.array(GuardrailAutomatedReasoningStatementSchema).optional(),
    claims: z.array(GuardrailAutomatedReasoningStatementSchema).optional(),
  })
  .meta({ id: 'GuardrailAutomatedReasoningLogicWarning' });

export const GuardrailAutomatedReasoningValidFindingSchema = z
  .looseObject({
    translation: GuardrailAutomatedReasoningTranslationSchema.optional(),
    claimsTrueScenario: GuardrailAutomatedReasoningScenarioSchema.optional(),
    supportingRules: z.array(GuardrailAutomatedReasoningRuleSchema).optional(),
    logicWarning: GuardrailAutomatedReasoningLogicWarningSchema.optional(),
  })
  .meta({ id: 'GuardrailAutomatedReasoningValidFinding' });

export const GuardrailAutomatedReasoningInvalidFindingSchema = z
  .looseObject({
    translation: GuardrailAutomatedReasoningTranslationSchema.optional(),
    contradictingRules: z.array(GuardrailAutomatedReasoningRuleSchema).optional(),
    logicWarning: GuardrailAutomatedReasoningLogicWarningSchema.optional(),
  })
  .meta({ id: 'GuardrailAutomatedReasoningInvalidFinding' });

export const GuardrailAutomatedReasoningSatisfiableFindingSchema = z
  .looseObject({
    translation: GuardrailAutomatedReasoningTranslationSchema.optional(),
    claimsTrueScenario: GuardrailAutomatedReasoningScenarioSchema.optional(),
    claimsFalseScenario: GuardrailAutomatedReasoningScenarioSchema.optional(),
    logicWarning: GuardrailAutomatedReasoningLogicWarningSchema.optional(),
  })
  .meta({ id: 'GuardrailAutomatedReasoningSatisfiableFinding' });

export const GuardrailAutomatedReasoningImpossibleFindingSchema = z
  .looseObject({
    translation: GuardrailAutomatedReasoningTranslationSchema.optional(),
    contradictingRules: z.array(GuardrailAutomatedReasoningRuleSchema).optional(),
    logicWarning: GuardrailAutomatedReasoningLogicWarningSchema.optional(),
  })
  .meta({ id: 'GuardrailAutomatedReasoningImpossibleFinding' });

export const GuardrailAutomatedReasoningTranslationOptionSchema = z
  .looseObject({ translations: z.array(GuardrailAutomatedReasoningTranslationSchema).optional() })
  .meta({ id: 'GuardrailAutomatedReasoningTranslationOption' });

export const GuardrailAutomatedReasoningTranslationAmbiguousFindingSchema = z
  .looseObject({
    options: z.array(GuardrailAutomatedReasoningTranslationOptionSchema).max(2).optional(),
    differenceScenarios: z.array(GuardrailAutomatedReasoningScenarioSchema).max(2).optional(),
  })
  .meta({ id: 'GuardrailAutomatedReasoningTranslationAmbiguousFinding' });

export const GuardrailAutomatedReasoningTooComplexFindingSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: 'GuardrailAutomatedReasoningTooComplexFinding' });

export const GuardrailAutomatedReasoningNoTranslationsFindingSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: 'GuardrailAutomatedReasoningNoTranslationsFinding' });

export const GuardrailAutomatedReasoningFindingSchema = z
  .union([
    z.looseObject({ valid: GuardrailAutomatedReasoningValidFindingSchema }),
    z.looseObject({ invalid: GuardrailAutomatedReasoningInvalidFindingSchema }),
    z.looseObject({ satisfiable: GuardrailAutomatedReasoningSatisfiableFindingSchema }),
    z.looseObject({ impossible: GuardrailAutomatedReasoningImpossibleFindingSchema }),
    z.looseObject({ translationAmbiguous: GuardrailAutomatedReasoningTranslationAmbiguousFindingSchema }),
    z.looseObject({ tooComplex: GuardrailAutomatedReasoningTooComplexFindingSchema }),
    z.looseObject({ noTranslations: GuardrailAutomatedReasoningNoTranslationsFindingSchema }),
  ])
  .meta({ id: 'GuardrailAutomatedReasoningFinding' });

export const GuardrailAutomatedReasoningPolicyAssessmentSchema = z
  .looseObject({ findings: z.array(GuardrailAutomatedReasoningFindingSchema).optional() })
  .meta({ id: 'GuardrailAutomatedReasoningPolicyAssessment' });

export const GuardrailUsageSchema = z
  .looseObject({
    topicPolicyUnits: z.int(),
    contentPolicyUnits: z.int(),
    wordPolicyUnits: z.int(),
    sensitiveInformationPolicyUnits: z.int(),
    sensitiveInformationPolicyFreeUnits: z.int(),
    contextualGroundingPolicyUnits: z.int(),
    contentPolicyImageUnits: z.int().optional(),
    automatedReasoningPolicyUnits: z.int().optional(),
    automatedReasoningPolicies: z.int().optional(),
  })
  .meta({ id: 'GuardrailUsage' });

export const GuardrailTextCharactersCoverageSchema = z
  .looseObject({ guarded: z.int().optional(), total: z.int().optional() })
  .meta({ id: 'GuardrailTextCharactersCoverage' });

export const GuardrailImageCoverageSchema = z
  .looseObject({ guarded: z.int().optional(), total: z.int().optional() })
  .meta({ id: 'GuardrailImageCoverage' });

export const GuardrailCoverageSchema = z
  .looseObject({
    textCharacters: GuardrailTextCharactersCoverageSchema.optional(),
    images: GuardrailImageCoverageSchema.optional(),
  })
  .meta({ id: 'GuardrailCoverage' });

export const GuardrailInvocationMetricsSchema = z
  .looseObject({
    guardrailProcessingLatency: z.int().meta({ format: 'int64' }).optional(),
    usage: GuardrailUsageSchema.optional(),
    guardrailCoverage: GuardrailCoverageSchema.optional(),
  })
  .meta({ id: 'GuardrailInvocationMetrics' });

export const GuardrailOriginSchema = z
  .enum(['REQUEST', 'ACCOUNT_ENFORCED', 'ORGANIZATION_ENFORCED'])
  .meta({ id: 'GuardrailOrigin' });

export const GuardrailOwnershipSchema = z.enum(['SELF', 'CROSS_ACCOUNT']).meta({ id: 'GuardrailOwnership' });

export const AppliedGuardrailDetailsSchema = z
  .looseObject({
    guardrailId: z.string().max(2048).optional(),
    guardrailVersion: z
      .string()
      .regex(/^(?:(|([1-9][0-9]{0,7})|(DRAFT)))$/)
      .optional(),
    guardrailArn: z.string().max(2048).optional(),
    guardrailOrigin: z.array(GuardrailOriginSchema).optional(),
    guardrailOwnership: GuardrailOwnershipSchema.optional(),
  })
  .meta({ id: 'AppliedGuardrailDetails' });

export const GuardrailAssessmentSchema = z
  .looseObject({
    topicPolicy: GuardrailTopicPolicyAssessmentSchema.optional(),
    contentPolicy: GuardrailContentPolicyAssessmentSchema.optional(),
    wordPolicy: GuardrailWordPolicyAssessmentSchema.optional(),
    sensitiveInformationPolicy: GuardrailSensitiveInformationPolicyAssessmentSchema.optional(),
    contextualGroundingPolicy: GuardrailContextualGroundingPolicyAssessmentSchema.optional(),
    automatedReasoningPolicy: GuardrailAutomatedReasoningPolicyAssessmentSchema.optional(),
    invocationMetrics: GuardrailInvocationMetricsSchema.optional(),
    appliedGuardrailDetails: AppliedGuardrailDetailsSchema.optional(),
  })
  .meta({ id: 'GuardrailAssessment' });

export const GuardrailTraceAssessmentSchema = z
  .looseObject({
    modelOutput: z.array(z.string()).optional(),
    inputAssessment: z.record(z.string(), GuardrailAssessmentSchema).optional(),
    outputAssessments: z.record(z.string(), z.array(GuardrailAssessmentSchema)).optional(),
    actionReason: z.string().optional(),
  })
  .meta({ id: 'GuardrailTraceAssessment' });

export const PromptRouterTraceSchema = z
  .looseObject({ invokedModelId: z.string().optional() })
  .meta({ id: 'PromptRouterTrace' });

export const ConverseStreamTraceSchema = z
  .looseObject({
    guardrail: GuardrailTraceAssessmentSchema.optional(),
    promptRouter: PromptRouterTraceSchema.optional(),
  })
  .meta({ id: 'ConverseStreamTrace' });

export const ConverseStreamMetadataEventSchema = z
  .looseObject({
    usage: TokenUsageSchema,
    metrics: ConverseStreamMetricsSchema,
    trace: ConverseStreamTraceSchema.optional(),
    performanceConfig: PerformanceConfigurationSchema.optional(),
    serviceTier: ServiceTierSchema.optional(),
  })
  .meta({
    id: 'ConverseStreamMetadataEvent',
    description: 'The last event of a reply: token usage, latency, and traces.',
  });

export const InternalServerExceptionSchema = z
  .looseObject({ message: z.string().optional() })
  .meta({ id: 'InternalServerException', description: 'The gateway failed while streaming.' });

export const ModelStreamErrorExceptionSchema = z
  .looseObject({
    message: z.string().optional(),
    originalStatusCode: z.int().min(100).max(599).describe('The status the model returned.').optional(),
    originalMessage: z.string().describe('The message the model returned.').optional(),
  })
  .meta({
    id: 'ModelStreamErrorException',
    description:
      'The model failed after the reply had begun. `originalStatusCode` and `originalMessage` tell what the model returned.',
  });

export const ValidationExceptionSchema = z
  .looseObject({ message: z.string().optional() })
  .meta({ id: 'ValidationException', description: 'The request was invalid.' });

export const ThrottlingExceptionSchema = z
  .looseObject({ message: z.string().optional() })
  .meta({ id: 'ThrottlingException', description: 'Too many requests.' });

export const ServiceUnavailableExceptionSchema = z
  .looseObject({ message: z.string().optional() })
  .meta({ id: 'ServiceUnavailableException', description: 'The service cannot take the request now.' });

export const ConverseOutputSchema = z.looseObject({ message: BedrockMessageSchema }).meta({ id: 'ConverseOutput' });

export const ConverseMetricsSchema = z
  .looseObject({ latencyMs: z.int().meta({ format: 'int64' }) })
  .meta({ id: 'ConverseMetrics' });

export const ConverseTraceSchema = z
  .looseObject({
    guardrail: GuardrailTraceAssessmentSchema.optional(),
    promptRouter: PromptRouterTraceSchema.optional(),
  })
  .meta({ id: 'ConverseTrace' });

export const ConverseResponseSchema = z
  .looseObject({
    output: ConverseOutputSchema,
    stopReason: StopReasonSchema,
    usage: TokenUsageSchema,
    metrics: ConverseMetricsSchema,
    additionalModelResponseFields: z.unknown().optional(),
    trace: ConverseTraceSchema.optional(),
    performanceConfig: PerformanceConfigurationSchema.optional(),
    serviceTier: ServiceTierSchema.optional(),
  })
  .meta({ id: 'ConverseResponse', description: 'The reply of the non-streaming Converse operation.' });

export const ConverseStreamEventSchema = z
  .union([
    z.looseObject({ messageStart: MessageStartEventSchema }),
    z.looseObject({ contentBlockStart: ContentBlockStartEventSchema }),
    z.looseObject({ contentBlockDelta: ContentBlockDeltaEventSchema }),
    z.looseObject({ contentBlockStop: ContentBlockStopEventSchema }),
    z.looseObject({ messageStop: MessageStopEventSchema }),
    z.looseObject({ metadata: ConverseStreamMetadataEventSchema }),
    z.looseObject({ internalServerException: InternalServerExceptionSchema }),
    z.looseObject({ modelStreamErrorException: ModelStreamErrorExceptionSchema }),
    z.looseObject({ validationException: ValidationExceptionSchema }),
    z.looseObject({ throttlingException: ThrottlingExceptionSchema }),
    z.looseObject({ serviceUnavailableException: ServiceUnavailableExceptionSchema }),
  ])
  .meta({
    id: 'ConverseStreamEvent',
    description:
      "One event of a ConverseStream reply. On the wire each event is one `application/vnd.amazon.eventstream` frame: the member name is the `:event-type` header (the `:exception-type` header for exceptions, whose `:message-type` is `exception`) and the member value is the frame's JSON payload. Payloads also carry a `p` field of padding, which readers ignore.",
  });

export const BedrockErrorSchema = z
  .looseObject({
    message: z.string().describe('What went wrong, for a person to read.'),
    type: z.string().describe('The Bedrock error type, e.g. `ValidationException`.').optional(),
    originalStatusCode: z
      .int()
      .min(100)
      .max(599)
      .describe('ModelErrorException: the status the model returned.')
      .optional(),
    resourceName: z.string().describe('ModelErrorException: the resource that failed.').optional(),
  })
  .meta({
    id: 'BedrockError',
    description:
      'The body of every error reply. The error type is also in the `x-amzn-errortype` header, which is where the AWS SDKs look for it.',
  });

export const HealthStatusSchema = z
  .looseObject({ status: z.literal('ok') })
  .meta({ id: 'HealthStatus', description: 'Liveness of the gateway.' });

export const ReadyStatusSchema = z
  .looseObject({
    status: z.enum(['ready', 'not_ready']),
    providers: z.array(z.string()).describe('The configured providers, by name; empty for a caller without a key.'),
    reason: z.string().describe('Why the gateway is not ready.').optional(),
    coolingDown: z
      .array(
        z.looseObject({
          target: z
            .string()
            .describe("The configured provider's name and the model it is asked for, e.g. `primary/gpt-4o`."),
          reason: z
            .enum(['failures', 'retry-after'])
            .describe('Too many failures within the window (or its probe failed), or the upstream asked to wait.'),
          retryInMs: z.int().min(0).describe('How long until it is tried first again.'),
        }),
      )
      .describe(
        'The targets (provider/model) set aside after failing, soonest back first; tried again, after every other candidate meanwhile, when their cool-down ends. Only for a caller with a key.',
      )
      .optional(),
  })
  .meta({ id: 'ReadyStatus', description: 'Readiness of the gateway and the providers it can route to.' });

export const ResetDurationSchema = z
  .string()
  .regex(/^[1-9][0-9]*(s|m|h|d|w|M|Y)$/)
  .meta({
    id: 'ResetDuration',
    description:
      'A period: a whole number and a unit, `s`, `m` (minutes), `h`, `d`, `w`, `M` (months) or `Y`, e.g. `1m`, `1h`, `1d`, `1M`.',
  });

export const BudgetSchema = z
  .strictObject({
    max_limit: z.number().min(0).describe('The most that may be spent in one period, in US dollars.'),
    reset_duration: ResetDurationSchema,
  })
  .meta({
    id: 'Budget',
    description: "A spending cap in US dollars, from each request's cost, reset every `reset_duration`.",
  });

export const RateLimitSchema = z
  .strictObject({
    token_max_limit: z.int().min(1).describe('The most tokens in one period.').optional(),
    token_reset_duration: ResetDurationSchema.optional(),
    request_max_limit: z.int().min(1).describe('The most requests in one period.').optional(),
    request_reset_duration: ResetDurationSchema.optional(),
  })
  .meta({
    id: 'RateLimit',
    description:
      'Caps on tokens (input and output together) and on requests, each within its own period. Either pair may be left out; a limit needs its period.',
  });

export const GlobListSchema = z
  .array(z.string().min(1).max(500))
  .max(200)
  .meta({ id: 'GlobList', description: 'Globs (`*` any run of characters, `?` one character).' });

export const EntityNameSchema = z
  .string()
  .min(1)
  .max(200)
  .meta({ id: 'EntityName', description: 'A name for people, shown in logs and errors.' });

export const ProviderConfigSchema = z
  .strictObject({
    provider: z.string().min(1).max(200).describe("A configured provider's name, e.g. `openai`."),
    weight: z
      .number()
      .min(0)
      .describe("The share of the key's traffic this provider gets, against the others' weights (default 1).")
      .optional(),
    allowed_models: GlobListSchema.optional(),
    key_ids: z
      .array(z.string().min(1).max(200))
      .max(100)
      .describe(
        "The upstream keys of the provider this key may use, by name; absent or empty, any of them. Stored and shown, not yet enforced: the gateway's upstream keys have no names.",
      )
      .optional(),
    budget: BudgetSchema.optional(),
    rate_limit: RateLimitSchema.optional(),
  })
  .meta({
    id: 'ProviderConfig',
    description:
      "One upstream provider this key's traffic may use, with its share of the traffic (`weight`), the models of it the key may call (`allowed_models`, matched against the model name and `provider/model`; empty, any) and, optionally, which of the provider's upstream keys (by name) it may use. A key with provider configs may call no other provider; a bare model name goes to one of them by weight, the others being its fallbacks.",
  });

export const NullableBudgetSchema = z
  .union([BudgetSchema, z.null()])
  .meta({ id: 'NullableBudget', description: 'A budget, or `null` to remove it.' });

export const NullableRateLimitSchema = z
  .union([RateLimitSchema, z.null()])
  .meta({ id: 'NullableRateLimit', description: 'Rate limits, or `null` to remove them.' });

export const NullableIdSchema = z
  .union([z.string().min(1).max(200), z.null()])
  .meta({ id: 'NullableId', description: 'An id, or `null` to detach.' });

export const NullableDateTimeSchema = z
  .union([z.iso.datetime({ offset: true }).meta({ format: 'date-time' }), z.null()])
  .meta({ id: 'NullableDateTime', description: 'A date and time with its offset, or `null` for never.' });

export const CreateVirtualKeyRequestSchema = z
  .strictObject({
    name: EntityNameSchema,
    description: z.string().max(2000).optional(),
    is_active: z.boolean().describe('Whether the key may be used (default true).').optional(),
    expires_at: z.iso
      .datetime({ offset: true })
      .meta({ format: 'date-time' })
      .describe('When the key stops working.')
      .optional(),
    team_id: z.string().min(1).max(200).optional(),
    customer_id: z.string().min(1).max(200).optional(),
    allowed_providers: GlobListSchema.optional(),
    denied_providers: GlobListSchema.optional(),
    allowed_models: GlobListSchema.optional(),
    denied_models: GlobListSchema.optional(),
    provider_configs: z.array(ProviderConfigSchema).max(100).optional(),
    tags: z.array(z.string().min(1).max(200)).max(100).optional(),
    log_bodies: z
      .boolean()
      .describe("Whether the request log keeps this key's request and response bodies (default false).")
      .optional(),
    budget: BudgetSchema.optional(),
    rate_limit: RateLimitSchema.optional(),
  })
  .meta({
    id: 'CreateVirtualKeyRequest',
    description:
      'A new virtual key. It belongs to a team or to a customer, or to neither, never to both. Nothing in `allowed_models` or `allowed_providers` allows everything; the `denied_` lists win over the `allowed_` ones. Unknown fields are refused.',
  });

export const UpdateVirtualKeyRequestSchema = z
  .strictObject({
    name: EntityNameSchema.optional(),
    description: z.string().max(2000).optional(),
    is_active: z.boolean().optional(),
    expires_at: NullableDateTimeSchema.optional(),
    team_id: NullableIdSchema.optional(),
    customer_id: NullableIdSchema.optional(),
    allowed_providers: GlobListSchema.optional(),
    denied_providers: GlobListSchema.optional(),
    allowed_models: GlobListSchema.optional(),
    denied_models: GlobListSchema.optional(),
    provider_configs: z.array(ProviderConfigSchema).max(100).optional(),
    tags: z.array(z.string().min(1).max(200)).max(100).optional(),
    log_bodies: z.boolean().optional(),
    budget: NullableBudgetSchema.optional(),
    rate_limit: NullableRateLimitSchema.optional(),
  })
  .meta({
    id: 'UpdateVirtualKeyRequest',
    description: 'The fields to change; the others keep their values. Unknown fields are refused.',
  });

export const EntitySourceSchema = z.enum(['api', 'config']).meta({
  id: 'EntitySource',
  description: 'Who owns the entity: the management API, or the config file (which wins at every start).',
});

export const VirtualKeySchema = z
  .looseObject({
    id: z.string().describe("The key's id; AWS SigV4 is not offered for stored keys (see the governance guide)."),
    name: z.string(),
    description: z.string(),
    is_active: z.boolean(),
    expires_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }).optional(),
    team_id: z.string().optional(),
    customer_id: z.string().optional(),
    allowed_providers: GlobListSchema,
    denied_providers: GlobListSchema,
    allowed_models: GlobListSchema,
    denied_models: GlobListSchema,
    provider_configs: z.array(ProviderConfigSchema),
    tags: z.array(z.string()),
    log_bodies: z.boolean(),
    budget: BudgetSchema.optional(),
    rate_limit: RateLimitSchema.optional(),
    source: EntitySourceSchema,
    created_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }),
    updated_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }),
  })
  .meta({ id: 'VirtualKey', description: 'A virtual key as stored, without its secret.' });

export const VirtualKeyWithSecretSchema = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    value: z
      .string()
      .describe('The secret, `sk-bf-` and 40 letters and digits. Send it as a bearer token, `x-bf-vk` or `x-api-key`.'),
    is_active: z.boolean().optional(),
    expires_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }).optional(),
    team_id: z.string().optional(),
    customer_id: z.string().optional(),
  })
  .meta({
    id: 'VirtualKeyWithSecret',
    description: 'A virtual key with its secret, as answered once, at creation and at rotation.',
  });

export const VirtualKeySecretResponseSchema = z
  .looseObject({ message: z.string(), virtual_key: VirtualKeyWithSecretSchema })
  .meta({ id: 'VirtualKeySecretResponse', description: 'A virtual key just created or rotated.' });

export const VirtualKeyResponseSchema = z
  .looseObject({ message: z.string().optional(), virtual_key: VirtualKeySchema })
  .meta({ id: 'VirtualKeyResponse', description: 'One virtual key.' });

export const VirtualKeyListSchema = z
  .looseObject({ virtual_keys: z.array(VirtualKeySchema), count: z.int() })
  .meta({ id: 'VirtualKeyList', description: 'Virtual keys.' });

export const QuotaScopeSchema = z
  .enum(['virtual_key', 'team', 'customer', 'provider_config'])
  .meta({ id: 'QuotaScope', description: 'Which level of the hierarchy a limit belongs to.' });

export const ScopedBudgetSchema = z
  .looseObject({
    scope: QuotaScopeSchema,
    id: z.string(),
    name: z.string().optional(),
    max_limit: z.number(),
    reset_duration: z.string(),
    current_usage: z
      .number()
      .describe(
        'Dollars used in the current window, counting what requests in flight hold. Absent when the counter store cannot be read.',
      )
      .optional(),
    remaining: z.number().describe('Dollars left in the current window, never below 0.').optional(),
    resets_at: z.iso
      .datetime({ offset: true })
      .meta({ format: 'date-time' })
      .describe('When the current window ends and the budget starts again from 0.')
      .optional(),
  })
  .meta({ id: 'ScopedBudget', description: 'A budget and the scope it belongs to.' });

export const ScopedRateLimitSchema = z
  .looseObject({
    scope: QuotaScopeSchema,
    id: z.string(),
    name: z.string().optional(),
    token_max_limit: z.int().optional(),
    token_reset_duration: z.string().optional(),
    request_max_limit: z.int().optional(),
    request_reset_duration: z.string().optional(),
    token_current_usage: z
      .int()
      .describe(
        'Tokens used in the current window, counting what requests in flight hold. Absent when the counter store cannot be read.',
      )
      .optional(),
    token_remaining: z.int().describe('Tokens left in the current window, never below 0.').optional(),
    token_resets_at: z.iso
      .datetime({ offset: true })
      .meta({ format: 'date-time' })
      .describe('When the token window ends.')
      .optional(),
    request_current_usage: z
      .int()
      .describe('Requests counted in the current window, those in flight included.')
      .optional(),
    request_remaining: z.int().describe('Requests left in the current window, never below 0.').optional(),
    request_resets_at: z.iso
      .datetime({ offset: true })
      .meta({ format: 'date-time' })
      .describe('When the request window ends.')
      .optional(),
  })
  .meta({ id: 'ScopedRateLimit', description: 'Rate limits and the scope they belong to.' });

export const VirtualKeyQuotaSchema = z
  .looseObject({
    virtual_key_id: z.string(),
    virtual_key_name: z.string(),
    is_active: z.boolean(),
    expires_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }).optional(),
    budgets: z
      .array(ScopedBudgetSchema)
      .describe("Every budget the key's requests count against, the key's own first, then its team's and customer's."),
    rate_limits: z
      .array(ScopedRateLimitSchema)
      .describe("Every rate limit the key's requests count against, in the same order."),
  })
  .meta({
    id: 'VirtualKeyQuota',
    description: 'What limits the calling key, scope by scope, and how much of each its current window has used.',
  });

export const CreateTeamRequestSchema = z
  .strictObject({
    name: EntityNameSchema,
    customer_id: z.string().min(1).max(200).optional(),
    budget: BudgetSchema.optional(),
    rate_limit: RateLimitSchema.optional(),
  })
  .meta({ id: 'CreateTeamRequest', description: 'A new team. Unknown fields are refused.' });

export const UpdateTeamRequestSchema = z
  .strictObject({
    name: EntityNameSchema.optional(),
    customer_id: NullableIdSchema.optional(),
    budget: NullableBudgetSchema.optional(),
    rate_limit: NullableRateLimitSchema.optional(),
  })
  .meta({ id: 'UpdateTeamRequest', description: 'The fields to change. Unknown fields are refused.' });

export const TeamSchema = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    customer_id: z.string().optional(),
    budget: BudgetSchema.optional(),
    rate_limit: RateLimitSchema.optional(),
    source: EntitySourceSchema,
    created_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }),
    updated_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }),
  })
  .meta({ id: 'Team', description: 'A team of virtual keys.' });

export const TeamResponseSchema = z
  .looseObject({ message: z.string().optional(), team: TeamSchema })
  .meta({ id: 'TeamResponse', description: 'One team.' });

export const TeamListSchema = z
  .looseObject({ teams: z.array(TeamSchema), count: z.int() })
  .meta({ id: 'TeamList', description: 'Teams.' });

export const CreateCustomerRequestSchema = z
  .strictObject({ name: EntityNameSchema, budget: BudgetSchema.optional(), rate_limit: RateLimitSchema.optional() })
  .meta({ id: 'CreateCustomerRequest', description: 'A new customer. Unknown fields are refused.' });

export const UpdateCustomerRequestSchema = z
  .strictObject({
    name: EntityNameSchema.optional(),
    budget: NullableBudgetSchema.optional(),
    rate_limit: NullableRateLimitSchema.optional(),
  })
  .meta({ id: 'UpdateCustomerRequest', description: 'The fields to change. Unknown fields are refused.' });

export const CustomerSchema = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    budget: BudgetSchema.optional(),
    rate_limit: RateLimitSchema.optional(),
    source: EntitySourceSchema,
    created_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }),
    updated_at: z.iso.datetime({ offset: true }).meta({ format: 'date-time' }),
  })
  .meta({ id: 'Customer', description: 'A customer, the top of the hierarchy.' });

export const CustomerResponseSchema = z
  .looseObject({ message: z.string().optional(), customer: CustomerSchema })
  .meta({ id: 'CustomerResponse', description: 'One customer.' });

export const CustomerListSchema = z
  .looseObject({ customers: z.array(CustomerSchema), count: z.int() })
  .meta({ id: 'CustomerList', description: 'Customers.' });

export const DeletedResponseSchema = z
  .looseObject({ message: z.string() })
  .meta({ id: 'DeletedResponse', description: 'What was deleted.' });

export const LogEntrySchema = z
  .looseObject({
    id: z.string().describe('The request id (`x-amzn-requestid`).'),
    timestamp: z.string().describe('When the request arrived, ISO 8601.'),
    method: z.string(),
    route: z.union([z.string(), z.null()]).optional(),
    operation: z.union([z.string(), z.null()]).optional(),
    key_id: z.union([z.string(), z.null()]).optional(),
    key_name: z.union([z.string(), z.null()]).optional(),
    team_id: z.union([z.string(), z.null()]).optional(),
    team_name: z.union([z.string(), z.null()]).optional(),
    customer_id: z.union([z.string(), z.null()]).optional(),
    customer_name: z.union([z.string(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).describe('The model asked for.').optional(),
    answered_by: z.union([z.string(), z.null()]).describe('The model that answered.').optional(),
    provider: z.union([z.string(), z.null()]).optional(),
    upstream_key: z.union([z.string(), z.null()]).describe('The upstream key that answered, by name.').optional(),
    number_of_attempts: z.int(),
    status: z.enum(['success', 'error', 'cancelled']),
    status_code: z.union([z.int(), z.null()]).optional(),
    error_type: z.union([z.string(), z.null()]).optional(),
    error_message: z.union([z.string(), z.null()]).optional(),
    time_to_first_byte_ms: z.union([z.number(), z.null()]).optional(),
    latency: z.number().describe('The duration, in milliseconds.'),
    cost: z
      .union([z.number(), z.null()])
      .describe('US dollars; null when no price is known, never 0 for an unpriced model.')
      .optional(),
    price_source: z.union([z.string(), z.null()]).optional(),
    stop_reason: z.union([z.string(), z.null()]).optional(),
    client_cancelled: z.boolean(),
    attempts: z
      .union([z.array(z.unknown()), z.null()])
      .describe("The routing's record of each attempt, when it kept one.")
      .optional(),
    token_usage: z.looseObject({
      input_tokens: z.union([z.int(), z.null()]).optional(),
      output_tokens: z.union([z.int(), z.null()]).optional(),
      total_tokens: z.union([z.int(), z.null()]).optional(),
      cache_read_tokens: z.union([z.int(), z.null()]).optional(),
      cache_write_tokens: z.union([z.int(), z.null()]).optional(),
    }),
    raw_request: z.unknown().describe('The request body, for a key that logs bodies; otherwise null.').optional(),
    raw_response: z.unknown().describe('The reply, for a key that logs bodies; otherwise null.').optional(),
  })
  .meta({ id: 'LogEntry', description: 'One request, as the request log keeps it.' });

export const LogSearchResultSchema = z
  .looseObject({
    logs: z.array(LogEntrySchema),
    pagination: z.looseObject({ limit: z.int(), offset: z.int(), total_count: z.int() }),
  })
  .meta({ id: 'LogSearchResult', description: 'A page of the request log.' });

export const LogTotalsSchema = z
  .looseObject({
    total_requests: z.int(),
    success_rate: z.number(),
    average_latency: z.number(),
    input_tokens: z.int(),
    output_tokens: z.int(),
    total_tokens: z.int(),
    cache_read_tokens: z.int(),
    cache_write_tokens: z.int(),
    total_cost: z.number().describe('US dollars, over the priced requests.'),
    unpriced_requests: z.int(),
  })
  .meta({ id: 'LogTotals', description: 'Totals over some requests.' });

export const LogStatsGroupSchema = z
  .looseObject({
    group: z.union([z.string(), z.null()]),
    total_requests: z.int(),
    success_rate: z.number(),
    average_latency: z.number(),
    input_tokens: z.int(),
    output_tokens: z.int(),
    total_tokens: z.int(),
    cache_read_tokens: z.int(),
    cache_write_tokens: z.int(),
    total_cost: z.number(),
    unpriced_requests: z.int(),
  })
  .meta({ id: 'LogStatsGroup', description: 'The totals of one key, model or day.' });

export const LogStatsSchema = z
  .looseObject({ totals: LogTotalsSchema, groups: z.array(LogStatsGroupSchema) })
  .meta({ id: 'LogStats', description: 'Totals of the request log, overall and per group.' });

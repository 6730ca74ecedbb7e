// Generated from openapi/bifrost.yaml by `pnpm generate`. Do not edit.

export interface paths {
  '/pydanticai/bedrock/model/{modelId}/converse-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stream converse with model (PydanticAI - Bedrock format)
     * @description Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.
     */
    post: operations['pydanticaiBedrockConverseStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pydanticai/bedrock/model/{modelId}/converse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Converse with model (PydanticAI - Bedrock format)
     * @description Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.
     */
    post: operations['pydanticaiBedrockConverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bedrock/model/{modelId}/converse-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stream converse with model (Bedrock clients, /bedrock)
     * @description Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.
     */
    post: operations['bedrockConverseStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bedrock/model/{modelId}/converse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Converse with model (Bedrock clients, /bedrock)
     * @description Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.
     */
    post: operations['bedrockConverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pydanticai/model/{modelId}/converse-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stream converse with model (PydanticAI, /pydanticai)
     * @description Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.
     */
    post: operations['pydanticaiConverseStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pydanticai/model/{modelId}/converse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Converse with model (PydanticAI, /pydanticai)
     * @description Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.
     */
    post: operations['pydanticaiConverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/langchain/model/{modelId}/converse-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stream converse with model (LangChain - Bedrock format)
     * @description Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.
     */
    post: operations['langchainConverseStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/langchain/model/{modelId}/converse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Converse with model (LangChain - Bedrock format)
     * @description Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.
     */
    post: operations['langchainConverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/litellm/model/{modelId}/converse-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stream converse with model (LiteLLM - Bedrock format)
     * @description Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.
     */
    post: operations['litellmConverseStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/litellm/model/{modelId}/converse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Converse with model (LiteLLM - Bedrock format)
     * @description Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.
     */
    post: operations['litellmConverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/model/{modelId}/converse-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stream converse with model (Amazon Bedrock path)
     * @description Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.
     */
    post: operations['converseStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/model/{modelId}/converse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Converse with model (Amazon Bedrock path)
     * @description Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.
     */
    post: operations['converse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness probe
     * @description Answers 200 while the process is serving requests.
     */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness probe
     * @description Answers 200 when the configuration is loaded and at least one provider can take requests, 503 otherwise. Open to probes, which learn only the status: the providers and the reason are shown to a caller with a gateway key or the metrics key (or to anyone when the gateway has no keys).
     */
    get: operations['getReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics
     * @description Request counts by route, provider, model and status; time-to-first-byte and duration histograms; tokens in and out; upstream errors by type; streams in flight. In the Prometheus text exposition format. With a metrics key configured, only that key is accepted (as a bearer token); otherwise a gateway key, when the gateway has any. With a metrics port configured, the metrics are served there and not on this port.
     */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The body of a Converse or ConverseStream request, as Amazon Bedrock defines it, plus the gateway's `fallbacks`. Unknown fields are rejected, as Bedrock does. */
    BedrockConverseRequest: {
      messages?: components['schemas']['BedrockMessage'][];
      system?: components['schemas']['SystemContentBlock'][];
      inferenceConfig?: components['schemas']['InferenceConfiguration'];
      toolConfig?: components['schemas']['ToolConfiguration'];
      guardrailConfig?: components['schemas']['GuardrailStreamConfiguration'];
      /** @description Model-specific inference parameters, passed to the model as they are. */
      additionalModelRequestFields?: {
        [key: string]: unknown;
      };
      promptVariables?: {
        [key: string]: components['schemas']['PromptVariableValues'];
      };
      additionalModelResponseFieldPaths?: string[];
      requestMetadata?: {
        [key: string]: string;
      };
      performanceConfig?: components['schemas']['PerformanceConfiguration'];
      serviceTier?: components['schemas']['ServiceTier'];
      outputConfig?: components['schemas']['OutputConfig'];
      /** @description Model ids tried in order when the primary model fails before any byte of the reply has been sent. A gateway field: never forwarded upstream. */
      fallbacks?: string[];
    };
    /** @description One turn of the conversation. */
    BedrockMessage: {
      role: components['schemas']['ConversationRole'];
      content: components['schemas']['BedrockContentBlock'][];
    };
    /** @enum {string} */
    ConversationRole: 'user' | 'assistant' | 'system';
    /** @description One piece of a message: exactly one member is set. */
    BedrockContentBlock:
      | {
          text: string;
        }
      | {
          image: components['schemas']['ImageBlock'];
        }
      | {
          document: components['schemas']['DocumentBlock'];
        }
      | {
          video: components['schemas']['VideoBlock'];
        }
      | {
          audio: components['schemas']['AudioBlock'];
        }
      | {
          toolUse: components['schemas']['ToolUseBlock'];
        }
      | {
          toolResult: components['schemas']['ToolResultBlock'];
        }
      | {
          guardContent: components['schemas']['GuardrailConverseContentBlock'];
        }
      | {
          cachePoint: components['schemas']['CachePointBlock'];
        }
      | {
          reasoningContent: components['schemas']['ReasoningContentBlock'];
        }
      | {
          citationsContent: components['schemas']['CitationsContentBlock'];
        }
      | {
          searchResult: components['schemas']['SearchResultBlock'];
        }
      | {
          toolAddition: components['schemas']['ToolAdditionBlock'];
        }
      | {
          toolRemoval: components['schemas']['ToolRemovalBlock'];
        };
    ImageBlock: {
      format: components['schemas']['ImageFormat'];
      source: components['schemas']['ImageSource'];
      error?: components['schemas']['ErrorBlock'];
    };
    /** @enum {string} */
    ImageFormat: 'png' | 'jpeg' | 'gif' | 'webp';
    ImageSource:
      | {
          /** Format: byte */
          bytes: string;
        }
      | {
          s3Location: components['schemas']['S3Location'];
        };
    S3Location: {
      uri: string;
      bucketOwner?: string;
    };
    ErrorBlock: {
      message?: string;
    };
    DocumentBlock: {
      format?: components['schemas']['DocumentFormat'];
      name: string;
      source: components['schemas']['DocumentSource'];
      context?: string;
      citations?: components['schemas']['CitationsConfig'];
    };
    /** @enum {string} */
    DocumentFormat: 'pdf' | 'csv' | 'doc' | 'docx' | 'xls' | 'xlsx' | 'html' | 'txt' | 'md';
    DocumentSource:
      | {
          /** Format: byte */
          bytes: string;
        }
      | {
          s3Location: components['schemas']['S3Location'];
        }
      | {
          text: string;
        }
      | {
          content: components['schemas']['DocumentContentBlock'][];
        };
    DocumentContentBlock: {
      text: string;
    };
    CitationsConfig: {
      enabled: boolean;
    };
    VideoBlock: {
      format: components['schemas']['VideoFormat'];
      source: components['schemas']['VideoSource'];
    };
    /** @enum {string} */
    VideoFormat: 'mkv' | 'mov' | 'mp4' | 'webm' | 'flv' | 'mpeg' | 'mpg' | 'wmv' | 'three_gp';
    VideoSource:
      | {
          /** Format: byte */
          bytes: string;
        }
      | {
          s3Location: components['schemas']['S3Location'];
        };
    AudioBlock: {
      format: components['schemas']['AudioFormat'];
      source: components['schemas']['AudioSource'];
      error?: components['schemas']['ErrorBlock'];
    };
    /** @enum {string} */
    AudioFormat:
      | 'mp3'
      | 'opus'
      | 'wav'
      | 'aac'
      | 'flac'
      | 'mp4'
      | 'ogg'
      | 'mkv'
      | 'mka'
      | 'x-aac'
      | 'm4a'
      | 'mpeg'
      | 'mpga'
      | 'pcm'
      | 'webm';
    AudioSource:
      | {
          /** Format: byte */
          bytes: string;
        }
      | {
          s3Location: components['schemas']['S3Location'];
        };
    ToolUseBlock: {
      toolUseId: string;
      name: string;
      input: unknown;
      type?: components['schemas']['ToolUseType'];
    };
    /** @enum {string} */
    ToolUseType: 'server_tool_use';
    ToolResultBlock: {
      toolUseId: string;
      content: components['schemas']['ToolResultContentBlock'][];
      status?: components['schemas']['ToolResultStatus'];
      type?: string;
    };
    /** @description One piece of a tool result: exactly one member is set. */
    ToolResultContentBlock:
      | {
          json: unknown;
        }
      | {
          text: string;
        }
      | {
          image: components['schemas']['ImageBlock'];
        }
      | {
          document: components['schemas']['DocumentBlock'];
        }
      | {
          video: components['schemas']['VideoBlock'];
        }
      | {
          searchResult: components['schemas']['SearchResultBlock'];
        };
    SearchResultBlock: {
      source: string;
      title: string;
      content: components['schemas']['SearchResultContentBlock'][];
      citations?: components['schemas']['CitationsConfig'];
    };
    SearchResultContentBlock: {
      text: string;
    };
    /** @enum {string} */
    ToolResultStatus: 'success' | 'error';
    GuardrailConverseContentBlock:
      | {
          text: components['schemas']['GuardrailConverseTextBlock'];
        }
      | {
          image: components['schemas']['GuardrailConverseImageBlock'];
        };
    GuardrailConverseTextBlock: {
      text: string;
      qualifiers?: components['schemas']['GuardrailConverseContentQualifier'][];
    };
    /** @enum {string} */
    GuardrailConverseContentQualifier: 'grounding_source' | 'query' | 'guard_content';
    GuardrailConverseImageBlock: {
      format: components['schemas']['GuardrailConverseImageFormat'];
      source: components['schemas']['GuardrailConverseImageSource'];
    };
    /** @enum {string} */
    GuardrailConverseImageFormat: 'png' | 'jpeg';
    GuardrailConverseImageSource: {
      /** Format: byte */
      bytes: string;
    };
    CachePointBlock: {
      type: components['schemas']['CachePointType'];
      ttl?: components['schemas']['CacheTTL'];
    };
    /** @enum {string} */
    CachePointType: 'default';
    /** @enum {string} */
    CacheTTL: '5m' | '1h';
    ReasoningContentBlock:
      | {
          reasoningText: components['schemas']['ReasoningTextBlock'];
        }
      | {
          /** Format: byte */
          redactedContent: string;
        };
    ReasoningTextBlock: {
      text: string;
      signature?: string;
    };
    CitationsContentBlock: {
      content?: components['schemas']['CitationGeneratedContent'][];
      citations?: components['schemas']['Citation'][];
    };
    CitationGeneratedContent: {
      text: string;
    };
    Citation: {
      title?: string;
      source?: string;
      sourceContent?: components['schemas']['CitationSourceContent'][];
      location?: components['schemas']['CitationLocation'];
    };
    CitationSourceContent: {
      text: string;
    };
    CitationLocation:
      | {
          web: components['schemas']['WebLocation'];
        }
      | {
          documentChar: components['schemas']['DocumentCharLocation'];
        }
      | {
          documentPage: components['schemas']['DocumentPageLocation'];
        }
      | {
          documentChunk: components['schemas']['DocumentChunkLocation'];
        }
      | {
          searchResultLocation: components['schemas']['SearchResultLocation'];
        };
    WebLocation: {
      url?: string;
      domain?: string;
    };
    DocumentCharLocation: {
      documentIndex?: number;
      start?: number;
      end?: number;
    };
    DocumentPageLocation: {
      documentIndex?: number;
      start?: number;
      end?: number;
    };
    DocumentChunkLocation: {
      documentIndex?: number;
      start?: number;
      end?: number;
    };
    SearchResultLocation: {
      searchResultIndex?: number;
      start?: number;
      end?: number;
    };
    ToolAdditionBlock: {
      tool: components['schemas']['ToolReference'];
    };
    ToolReference: {
      type?: string;
      name?: string;
      serverName?: string;
    };
    ToolRemovalBlock: {
      tool: components['schemas']['ToolReference'];
    };
    /** @description One piece of the system prompt: exactly one member is set. */
    SystemContentBlock:
      | {
          text: string;
        }
      | {
          guardContent: components['schemas']['GuardrailConverseContentBlock'];
        }
      | {
          cachePoint: components['schemas']['CachePointBlock'];
        };
    InferenceConfiguration: {
      maxTokens?: number;
      /** Format: float */
      temperature?: number;
      /** Format: float */
      topP?: number;
      stopSequences?: string[];
    };
    ToolConfiguration: {
      tools: components['schemas']['Tool'][];
      toolChoice?: components['schemas']['ToolChoice'];
    };
    Tool:
      | {
          toolSpec: components['schemas']['ToolSpecification'];
        }
      | {
          systemTool: components['schemas']['SystemTool'];
        }
      | {
          cachePoint: components['schemas']['CachePointBlock'];
        };
    ToolSpecification: {
      name: string;
      description?: string;
      inputSchema: components['schemas']['ToolInputSchema'];
      strict?: boolean;
    };
    ToolInputSchema: {
      json: unknown;
    };
    SystemTool: {
      name: string;
    };
    ToolChoice:
      | {
          auto: components['schemas']['AutoToolChoice'];
        }
      | {
          any: components['schemas']['AnyToolChoice'];
        }
      | {
          tool: components['schemas']['SpecificToolChoice'];
        };
    AutoToolChoice: Record<string, never>;
    AnyToolChoice: Record<string, never>;
    SpecificToolChoice: {
      name: string;
    };
    GuardrailStreamConfiguration: {
      guardrailIdentifier?: string;
      guardrailVersion?: string;
      trace?: components['schemas']['GuardrailTrace'];
      streamProcessingMode?: components['schemas']['GuardrailStreamProcessingMode'];
    };
    /** @enum {string} */
    GuardrailTrace: 'enabled' | 'disabled' | 'enabled_full';
    /** @enum {string} */
    GuardrailStreamProcessingMode: 'sync' | 'async';
    PromptVariableValues: {
      text: string;
    };
    PerformanceConfiguration: {
      latency?: components['schemas']['PerformanceConfigLatency'];
    };
    /** @enum {string} */
    PerformanceConfigLatency: 'standard' | 'optimized';
    ServiceTier: {
      type: components['schemas']['ServiceTierType'];
    };
    /** @enum {string} */
    ServiceTierType: 'priority' | 'default' | 'flex' | 'reserved';
    OutputConfig: {
      textFormat?: components['schemas']['OutputFormat'];
      effort?: string;
    };
    OutputFormat: {
      type: components['schemas']['OutputFormatType'];
      structure: components['schemas']['OutputFormatStructure'];
    };
    /** @enum {string} */
    OutputFormatType: 'json_schema';
    OutputFormatStructure: {
      jsonSchema: components['schemas']['JsonSchemaDefinition'];
    };
    JsonSchemaDefinition: {
      schema: string;
      name?: string;
      description?: string;
    };
    /** @description The reply begins: the role of the message being generated. */
    MessageStartEvent: {
      role: components['schemas']['ConversationRole'];
    };
    /** @description A content block begins. Sent only for blocks that need a start (tool use, tool result, image); text and reasoning blocks start with their first delta. */
    ContentBlockStartEvent: {
      start: components['schemas']['ContentBlockStart'];
      contentBlockIndex: number;
    };
    ContentBlockStart:
      | {
          toolUse: components['schemas']['ToolUseBlockStart'];
        }
      | {
          toolResult: components['schemas']['ToolResultBlockStart'];
        }
      | {
          image: components['schemas']['ImageBlockStart'];
        };
    ToolUseBlockStart: {
      toolUseId: string;
      name: string;
      type?: components['schemas']['ToolUseType'];
    };
    ToolResultBlockStart: {
      toolUseId: string;
      type?: string;
      status?: components['schemas']['ToolResultStatus'];
    };
    ImageBlockStart: {
      format: components['schemas']['ImageFormat'];
    };
    /** @description A piece of a content block. */
    ContentBlockDeltaEvent: {
      delta: components['schemas']['ContentBlockDelta'];
      contentBlockIndex: number;
    };
    ContentBlockDelta:
      | {
          text: string;
        }
      | {
          toolUse: components['schemas']['ToolUseBlockDelta'];
        }
      | {
          toolResult: components['schemas']['ToolResultBlockDelta'][];
        }
      | {
          reasoningContent: components['schemas']['ReasoningContentBlockDelta'];
        }
      | {
          citation: components['schemas']['CitationsDelta'];
        }
      | {
          image: components['schemas']['ImageBlockDelta'];
        };
    ToolUseBlockDelta: {
      input: string;
    };
    ToolResultBlockDelta:
      | {
          text: string;
        }
      | {
          json: unknown;
        };
    ReasoningContentBlockDelta:
      | {
          text: string;
        }
      | {
          /** Format: byte */
          redactedContent: string;
        }
      | {
          signature: string;
        };
    CitationsDelta: {
      title?: string;
      source?: string;
      sourceContent?: components['schemas']['CitationSourceContentDelta'][];
      location?: components['schemas']['CitationLocation'];
    };
    CitationSourceContentDelta: {
      text?: string;
    };
    ImageBlockDelta: {
      source?: components['schemas']['ImageSource'];
      error?: components['schemas']['ErrorBlock'];
    };
    /** @description A content block is complete. */
    ContentBlockStopEvent: {
      contentBlockIndex: number;
    };
    /** @description The message is complete. */
    MessageStopEvent: {
      stopReason: components['schemas']['StopReason'];
      additionalModelResponseFields?: unknown;
    };
    /**
     * @description Why the model stopped generating.
     * @enum {string}
     */
    StopReason:
      | 'end_turn'
      | 'tool_use'
      | 'max_tokens'
      | 'stop_sequence'
      | 'guardrail_intervened'
      | 'content_filtered'
      | 'malformed_model_output'
      | 'malformed_tool_use'
      | 'model_context_window_exceeded';
    /** @description The last event of a reply: token usage, latency, and traces. */
    ConverseStreamMetadataEvent: {
      usage: components['schemas']['TokenUsage'];
      metrics: components['schemas']['ConverseStreamMetrics'];
      trace?: components['schemas']['ConverseStreamTrace'];
      performanceConfig?: components['schemas']['PerformanceConfiguration'];
      serviceTier?: components['schemas']['ServiceTier'];
    };
    /** @description Tokens counted for the request. `totalTokens` is input plus output tokens, plus those read from and written to the prompt cache. */
    TokenUsage: {
      inputTokens: number;
      outputTokens: number;
      totalTokens: number;
      cacheReadInputTokens?: number;
      cacheWriteInputTokens?: number;
      cacheDetails?: components['schemas']['CacheDetail'][];
    };
    CacheDetail: {
      ttl: components['schemas']['CacheTTL'];
      inputTokens: number;
    };
    /** @description Latency of the request, measured by the service that answered. */
    ConverseStreamMetrics: {
      /** Format: int64 */
      latencyMs: number;
    };
    ConverseStreamTrace: {
      guardrail?: components['schemas']['GuardrailTraceAssessment'];
      promptRouter?: components['schemas']['PromptRouterTrace'];
    };
    GuardrailTraceAssessment: {
      modelOutput?: string[];
      inputAssessment?: {
        [key: string]: components['schemas']['GuardrailAssessment'];
      };
      outputAssessments?: {
        [key: string]: components['schemas']['GuardrailAssessment'][];
      };
      actionReason?: string;
    };
    GuardrailAssessment: {
      topicPolicy?: components['schemas']['GuardrailTopicPolicyAssessment'];
      contentPolicy?: components['schemas']['GuardrailContentPolicyAssessment'];
      wordPolicy?: components['schemas']['GuardrailWordPolicyAssessment'];
      sensitiveInformationPolicy?: components['schemas']['GuardrailSensitiveInformationPolicyAssessment'];
      contextualGroundingPolicy?: components['schemas']['GuardrailContextualGroundingPolicyAssessment'];
      automatedReasoningPolicy?: components['schemas']['GuardrailAutomatedReasoningPolicyAssessment'];
      invocationMetrics?: components['schemas']['GuardrailInvocationMetrics'];
      appliedGuardrailDetails?: components['schemas']['AppliedGuardrailDetails'];
    };
    GuardrailTopicPolicyAssessment: {
      topics: components['schemas']['GuardrailTopic'][];
    };
    GuardrailTopic: {
      name: string;
      type: components['schemas']['GuardrailTopicType'];
      action: components['schemas']['GuardrailTopicPolicyAction'];
      detected?: boolean;
    };
    /** @enum {string} */
    GuardrailTopicType: 'DENY';
    /** @enum {string} */
    GuardrailTopicPolicyAction: 'BLOCKED' | 'NONE';
    GuardrailContentPolicyAssessment: {
      filters: components['schemas']['GuardrailContentFilter'][];
    };
    GuardrailContentFilter: {
      type: components['schemas']['GuardrailContentFilterType'];
      confidence: components['schemas']['GuardrailContentFilterConfidence'];
      filterStrength?: components['schemas']['GuardrailContentFilterStrength'];
      action: components['schemas']['GuardrailContentPolicyAction'];
      detected?: boolean;
    };
    /** @enum {string} */
    GuardrailContentFilterType: 'INSULTS' | 'HATE' | 'SEXUAL' | 'VIOLENCE' | 'MISCONDUCT' | 'PROMPT_ATTACK';
    /** @enum {string} */
    GuardrailContentFilterConfidence: 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH';
    /** @enum {string} */
    GuardrailContentFilterStrength: 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH';
    /** @enum {string} */
    GuardrailContentPolicyAction: 'BLOCKED' | 'NONE';
    GuardrailWordPolicyAssessment: {
      customWords: components['schemas']['GuardrailCustomWord'][];
      managedWordLists: components['schemas']['GuardrailManagedWord'][];
    };
    GuardrailCustomWord: {
      match: string;
      action: components['schemas']['GuardrailWordPolicyAction'];
      detected?: boolean;
    };
    /** @enum {string} */
    GuardrailWordPolicyAction: 'BLOCKED' | 'NONE';
    GuardrailManagedWord: {
      match: string;
      type: components['schemas']['GuardrailManagedWordType'];
      action: components['schemas']['GuardrailWordPolicyAction'];
      detected?: boolean;
    };
    /** @enum {string} */
    GuardrailManagedWordType: 'PROFANITY';
    GuardrailSensitiveInformationPolicyAssessment: {
      piiEntities: components['schemas']['GuardrailPiiEntityFilter'][];
      regexes: components['schemas']['GuardrailRegexFilter'][];
    };
    GuardrailPiiEntityFilter: {
      match: string;
      type: components['schemas']['GuardrailPiiEntityType'];
      action: components['schemas']['GuardrailSensitiveInformationPolicyAction'];
      detected?: boolean;
    };
    /** @enum {string} */
    GuardrailPiiEntityType:
      | 'ADDRESS'
      | 'AGE'
      | 'AWS_ACCESS_KEY'
      | 'AWS_SECRET_KEY'
      | 'CA_HEALTH_NUMBER'
      | 'CA_SOCIAL_INSURANCE_NUMBER'
      | 'CREDIT_DEBIT_CARD_CVV'
      | 'CREDIT_DEBIT_CARD_EXPIRY'
      | 'CREDIT_DEBIT_CARD_NUMBER'
      | 'DRIVER_ID'
      | 'EMAIL'
      | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
      | 'IP_ADDRESS'
      | 'LICENSE_PLATE'
      | 'MAC_ADDRESS'
      | 'NAME'
      | 'PASSWORD'
      | 'PHONE'
      | 'PIN'
      | 'SWIFT_CODE'
      | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
      | 'UK_NATIONAL_INSURANCE_NUMBER'
      | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
      | 'URL'
      | 'USERNAME'
      | 'US_BANK_ACCOUNT_NUMBER'
      | 'US_BANK_ROUTING_NUMBER'
      | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
      | 'US_PASSPORT_NUMBER'
      | 'US_SOCIAL_SECURITY_NUMBER'
      | 'VEHICLE_IDENTIFICATION_NUMBER';
    /** @enum {string} */
    GuardrailSensitiveInformationPolicyAction: 'ANONYMIZED' | 'BLOCKED' | 'NONE';
    GuardrailRegexFilter: {
      name?: string;
      match?: string;
      regex?: string;
      action: components['schemas']['GuardrailSensitiveInformationPolicyAction'];
      detected?: boolean;
    };
    GuardrailContextualGroundingPolicyAssessment: {
      filters?: components['schemas']['GuardrailContextualGroundingFilter'][];
    };
    GuardrailContextualGroundingFilter: {
      type: components['schemas']['GuardrailContextualGroundingFilterType'];
      /** Format: double */
      threshold: number;
      /** Format: double */
      score: number;
      action: components['schemas']['GuardrailContextualGroundingPolicyAction'];
      detected?: boolean;
    };
    /** @enum {string} */
    GuardrailContextualGroundingFilterType: 'GROUNDING' | 'RELEVANCE';
    /** @enum {string} */
    GuardrailContextualGroundingPolicyAction: 'BLOCKED' | 'NONE';
    GuardrailAutomatedReasoningPolicyAssessment: {
      findings?: components['schemas']['GuardrailAutomatedReasoningFinding'][];
    };
    GuardrailAutomatedReasoningFinding:
      | {
          valid: components['schemas']['GuardrailAutomatedReasoningValidFinding'];
        }
      | {
          invalid: components['schemas']['GuardrailAutomatedReasoningInvalidFinding'];
        }
      | {
          satisfiable: components['schemas']['GuardrailAutomatedReasoningSatisfiableFinding'];
        }
      | {
          impossible: components['schemas']['GuardrailAutomatedReasoningImpossibleFinding'];
        }
      | {
          translationAmbiguous: components['schemas']['GuardrailAutomatedReasoningTranslationAmbiguousFinding'];
        }
      | {
          tooComplex: components['schemas']['GuardrailAutomatedReasoningTooComplexFinding'];
        }
      | {
          noTranslations: components['schemas']['GuardrailAutomatedReasoningNoTranslationsFinding'];
        };
    GuardrailAutomatedReasoningValidFinding: {
      translation?: components['schemas']['GuardrailAutomatedReasoningTranslation'];
      claimsTrueScenario?: components['schemas']['GuardrailAutomatedReasoningScenario'];
      supportingRules?: components['schemas']['GuardrailAutomatedReasoningRule'][];
      logicWarning?: components['schemas']['GuardrailAutomatedReasoningLogicWarning'];
    };
    GuardrailAutomatedReasoningTranslation: {
      premises?: components['schemas']['GuardrailAutomatedReasoningStatement'][];
      claims?: components['schemas']['GuardrailAutomatedReasoningStatement'][];
      untranslatedPremises?: components['schemas']['GuardrailAutomatedReasoningInputTextReference'][];
      untranslatedClaims?: components['schemas']['GuardrailAutomatedReasoningInputTextReference'][];
      /** Format: double */
      confidence?: number;
    };
    GuardrailAutomatedReasoningStatement: {
      logic?: string;
      naturalLanguage?: string;
    };
    GuardrailAutomatedReasoningInputTextReference: {
      text?: string;
    };
    GuardrailAutomatedReasoningScenario: {
      statements?: components['schemas']['GuardrailAutomatedReasoningStatement'][];
    };
    GuardrailAutomatedReasoningRule: {
      identifier?: string;
      policyVersionArn?: string;
    };
    GuardrailAutomatedReasoningLogicWarning: {
      type?: components['schemas']['GuardrailAutomatedReasoningLogicWarningType'];
      premises?: components['schemas']['GuardrailAutomatedReasoningStatement'][];
      claims?: components['schemas']['GuardrailAutomatedReasoningStatement'][];
    };
    /** @enum {string} */
    GuardrailAutomatedReasoningLogicWarningType: 'ALWAYS_FALSE' | 'ALWAYS_TRUE';
    GuardrailAutomatedReasoningInvalidFinding: {
      translation?: components['schemas']['GuardrailAutomatedReasoningTranslation'];
      contradictingRules?: components['schemas']['GuardrailAutomatedReasoningRule'][];
      logicWarning?: components['schemas']['GuardrailAutomatedReasoningLogicWarning'];
    };
    GuardrailAutomatedReasoningSatisfiableFinding: {
      translation?: components['schemas']['GuardrailAutomatedReasoningTranslation'];
      claimsTrueScenario?: components['schemas']['GuardrailAutomatedReasoningScenario'];
      claimsFalseScenario?: components['schemas']['GuardrailAutomatedReasoningScenario'];
      logicWarning?: components['schemas']['GuardrailAutomatedReasoningLogicWarning'];
    };
    GuardrailAutomatedReasoningImpossibleFinding: {
      translation?: components['schemas']['GuardrailAutomatedReasoningTranslation'];
      contradictingRules?: components['schemas']['GuardrailAutomatedReasoningRule'][];
      logicWarning?: components['schemas']['GuardrailAutomatedReasoningLogicWarning'];
    };
    GuardrailAutomatedReasoningTranslationAmbiguousFinding: {
      options?: components['schemas']['GuardrailAutomatedReasoningTranslationOption'][];
      differenceScenarios?: components['schemas']['GuardrailAutomatedReasoningScenario'][];
    };
    GuardrailAutomatedReasoningTranslationOption: {
      translations?: components['schemas']['GuardrailAutomatedReasoningTranslation'][];
    };
    GuardrailAutomatedReasoningTooComplexFinding: Record<string, never>;
    GuardrailAutomatedReasoningNoTranslationsFinding: Record<string, never>;
    GuardrailInvocationMetrics: {
      /** Format: int64 */
      guardrailProcessingLatency?: number;
      usage?: components['schemas']['GuardrailUsage'];
      guardrailCoverage?: components['schemas']['GuardrailCoverage'];
    };
    GuardrailUsage: {
      topicPolicyUnits: number;
      contentPolicyUnits: number;
      wordPolicyUnits: number;
      sensitiveInformationPolicyUnits: number;
      sensitiveInformationPolicyFreeUnits: number;
      contextualGroundingPolicyUnits: number;
      contentPolicyImageUnits?: number;
      automatedReasoningPolicyUnits?: number;
      automatedReasoningPolicies?: number;
    };
    GuardrailCoverage: {
      textCharacters?: components['schemas']['GuardrailTextCharactersCoverage'];
      images?: components['schemas']['GuardrailImageCoverage'];
    };
    GuardrailTextCharactersCoverage: {
      guarded?: number;
      total?: number;
    };
    GuardrailImageCoverage: {
      guarded?: number;
      total?: number;
    };
    AppliedGuardrailDetails: {
      guardrailId?: string;
      guardrailVersion?: string;
      guardrailArn?: string;
      guardrailOrigin?: components['schemas']['GuardrailOrigin'][];
      guardrailOwnership?: components['schemas']['GuardrailOwnership'];
    };
    /** @enum {string} */
    GuardrailOrigin: 'REQUEST' | 'ACCOUNT_ENFORCED' | 'ORGANIZATION_ENFORCED';
    /** @enum {string} */
    GuardrailOwnership: 'SELF' | 'CROSS_ACCOUNT';
    PromptRouterTrace: {
      invokedModelId?: string;
    };
    /** @description The gateway failed while streaming. */
    InternalServerException: {
      message?: string;
    };
    /** @description The model failed after the reply had begun. `originalStatusCode` and `originalMessage` tell what the model returned. */
    ModelStreamErrorException: {
      message?: string;
      /** @description The status the model returned. */
      originalStatusCode?: number;
      /** @description The message the model returned. */
      originalMessage?: string;
    };
    /** @description The request was invalid. */
    ValidationException: {
      message?: string;
    };
    /** @description Too many requests. */
    ThrottlingException: {
      message?: string;
    };
    /** @description The service cannot take the request now. */
    ServiceUnavailableException: {
      message?: string;
    };
    /** @description The reply of the non-streaming Converse operation. */
    ConverseResponse: {
      output: components['schemas']['ConverseOutput'];
      stopReason: components['schemas']['StopReason'];
      usage: components['schemas']['TokenUsage'];
      metrics: components['schemas']['ConverseMetrics'];
      additionalModelResponseFields?: unknown;
      trace?: components['schemas']['ConverseTrace'];
      performanceConfig?: components['schemas']['PerformanceConfiguration'];
      serviceTier?: components['schemas']['ServiceTier'];
    };
    ConverseOutput: {
      message: components['schemas']['BedrockMessage'];
    };
    ConverseMetrics: {
      /** Format: int64 */
      latencyMs: number;
    };
    ConverseTrace: {
      guardrail?: components['schemas']['GuardrailTraceAssessment'];
      promptRouter?: components['schemas']['PromptRouterTrace'];
    };
    /** @description One event of a ConverseStream reply. On the wire each event is one `application/vnd.amazon.eventstream` frame: the member name is the `:event-type` header (the `:exception-type` header for exceptions, whose `:message-type` is `exception`) and the member value is the frame's JSON payload. Payloads also carry a `p` field of padding, which readers ignore. */
    ConverseStreamEvent:
      | {
          messageStart: components['schemas']['MessageStartEvent'];
        }
      | {
          contentBlockStart: components['schemas']['ContentBlockStartEvent'];
        }
      | {
          contentBlockDelta: components['schemas']['ContentBlockDeltaEvent'];
        }
      | {
          contentBlockStop: components['schemas']['ContentBlockStopEvent'];
        }
      | {
          messageStop: components['schemas']['MessageStopEvent'];
        }
      | {
          metadata: components['schemas']['ConverseStreamMetadataEvent'];
        }
      | {
          internalServerException: components['schemas']['InternalServerException'];
        }
      | {
          modelStreamErrorException: components['schemas']['ModelStreamErrorException'];
        }
      | {
          validationException: components['schemas']['ValidationException'];
        }
      | {
          throttlingException: components['schemas']['ThrottlingException'];
        }
      | {
          serviceUnavailableException: components['schemas']['ServiceUnavailableException'];
        };
    /** @description The body of every error reply. The error type is also in the `x-amzn-errortype` header, which is where the AWS SDKs look for it. */
    BedrockError: {
      /** @description What went wrong, for a person to read. */
      message: string;
      /** @description The Bedrock error type, e.g. `ValidationException`. */
      type?: string;
      /** @description ModelErrorException: the status the model returned. */
      originalStatusCode?: number;
      /** @description ModelErrorException: the resource that failed. */
      resourceName?: string;
    };
    /** @description Liveness of the gateway. */
    HealthStatus: {
      /** @constant */
      status: 'ok';
    };
    /** @description Readiness of the gateway and the providers it can route to. */
    ReadyStatus: {
      /** @enum {string} */
      status: 'ready' | 'not_ready';
      /** @description The configured providers, by name; empty for a caller without a key. */
      providers: string[];
      /** @description Why the gateway is not ready. */
      reason?: string;
    };
  };
  responses: {
    /** @description The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends. */
    ConverseStreamReply: {
      headers: {
        'x-amzn-requestid': components['headers']['RequestId'];
        'x-heimdall-model': components['headers']['AnsweringModel'];
        [name: string]: unknown;
      };
      content: {
        'application/vnd.amazon.eventstream': components['schemas']['ConverseStreamEvent'];
      };
    };
    /** @description The whole reply. */
    ConverseReply: {
      headers: {
        'x-amzn-requestid': components['headers']['RequestId'];
        'x-heimdall-model': components['headers']['AnsweringModel'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ConverseResponse'];
      };
    };
    /** @description ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take. */
    Error400: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "inferenceConfig.temperature: must be at most 1",
         *       "type": "ValidationException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
    /** @description AccessDeniedException. No valid gateway key, or the upstream refused its credentials. */
    Error403: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "A gateway key is required: send it as a bearer token, x-api-key, x-bf-vk, or AWS SigV4 credentials",
         *       "type": "AccessDeniedException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
    /** @description ResourceNotFoundException. The model or another resource was not found. */
    Error404: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "openai: the model `gpt-5-mini-typo` does not exist",
         *       "type": "ResourceNotFoundException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
    /** @description UnknownOperationException. No operation is served at this method and path, as AWS services answer: `/metrics`, when the metrics are served on a port of their own, or any path the spec does not list. */
    Error404UnknownOperation: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "No operation at GET /metrics: metrics are served on the metrics port, not on this one",
         *       "type": "UnknownOperationException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
    /** @description ModelTimeoutException. The model did not answer in time. */
    Error408: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "openai: no response within 30000 ms",
         *       "type": "ModelTimeoutException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
    /** @description ModelErrorException. The model returned an error while processing the request. */
    Error424: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "The model returned an error",
         *       "type": "ModelErrorException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
    /** @description ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet). */
    Error429: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "openai: rate limit reached, retry after 2 s",
         *       "type": "ThrottlingException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
    /** @description InternalServerException. The gateway failed. */
    Error500: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "Internal error; request id 5f0c2d3e-…",
         *       "type": "InternalServerException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
    /** @description ServiceUnavailableException. The upstream service is unavailable. */
    Error503: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "anthropic: overloaded",
         *       "type": "ServiceUnavailableException"
         *     }
         */
        'application/json': components['schemas']['BedrockError'];
      };
    };
  };
  parameters: {
    /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
    ModelId: string;
  };
  requestBodies: {
    ConverseRequest: {
      content: {
        'application/json': components['schemas']['BedrockConverseRequest'];
      };
    };
  };
  headers: {
    /** @description A unique id of this request, also in the gateway's log line. */
    RequestId: string;
    /** @description The Bedrock error type; the AWS SDKs read it to choose the exception class. */
    ErrorType: string;
    /** @description The model that answered, which differs from the requested one when a fallback answered. */
    AnsweringModel: string;
  };
  pathItems: never;
}
export type BedrockConverseRequest = components['schemas']['BedrockConverseRequest'];
export type BedrockMessage = components['schemas']['BedrockMessage'];
export type ConversationRole = components['schemas']['ConversationRole'];
export type BedrockContentBlock = components['schemas']['BedrockContentBlock'];
export type ImageBlock = components['schemas']['ImageBlock'];
export type ImageFormat = components['schemas']['ImageFormat'];
export type ImageSource = components['schemas']['ImageSource'];
export type S3Location = components['schemas']['S3Location'];
export type ErrorBlock = components['schemas']['ErrorBlock'];
export type DocumentBlock = components['schemas']['DocumentBlock'];
export type DocumentFormat = components['schemas']['DocumentFormat'];
export type DocumentSource = components['schemas']['DocumentSource'];
export type DocumentContentBlock = components['schemas']['DocumentContentBlock'];
export type CitationsConfig = components['schemas']['CitationsConfig'];
export type VideoBlock = components['schemas']['VideoBlock'];
export type VideoFormat = components['schemas']['VideoFormat'];
export type VideoSource = components['schemas']['VideoSource'];
export type AudioBlock = components['schemas']['AudioBlock'];
export type AudioFormat = components['schemas']['AudioFormat'];
export type AudioSource = components['schemas']['AudioSource'];
export type ToolUseBlock = components['schemas']['ToolUseBlock'];
export type ToolUseType = components['schemas']['ToolUseType'];
export type ToolResultBlock = components['schemas']['ToolResultBlock'];
export type ToolResultContentBlock = components['schemas']['ToolResultContentBlock'];
export type SearchResultBlock = components['schemas']['SearchResultBlock'];
export type SearchResultContentBlock = components['schemas']['SearchResultContentBlock'];
export type ToolResultStatus = components['schemas']['ToolResultStatus'];
export type GuardrailConverseContentBlock = components['schemas']['GuardrailConverseContentBlock'];
export type GuardrailConverseTextBlock = components['schemas']['GuardrailConverseTextBlock'];
export type GuardrailConverseContentQualifier = components['schemas']['GuardrailConverseContentQualifier'];
export type GuardrailConverseImageBlock = components['schemas']['GuardrailConverseImageBlock'];
export type GuardrailConverseImageFormat = components['schemas']['GuardrailConverseImageFormat'];
export type GuardrailConverseImageSource = components['schemas']['GuardrailConverseImageSource'];
export type CachePointBlock = components['schemas']['CachePointBlock'];
export type CachePointType = components['schemas']['CachePointType'];
export type CacheTtl = components['schemas']['CacheTTL'];
export type ReasoningContentBlock = components['schemas']['ReasoningContentBlock'];
export type ReasoningTextBlock = components['schemas']['ReasoningTextBlock'];
export type CitationsContentBlock = components['schemas']['CitationsContentBlock'];
export type CitationGeneratedContent = components['schemas']['CitationGeneratedContent'];
export type Citation = components['schemas']['Citation'];
export type CitationSourceContent = components['schemas']['CitationSourceContent'];
export type CitationLocation = components['schemas']['CitationLocation'];
export type WebLocation = components['schemas']['WebLocation'];
export type DocumentCharLocation = components['schemas']['DocumentCharLocation'];
export type DocumentPageLocation = components['schemas']['DocumentPageLocation'];
export type DocumentChunkLocation = components['schemas']['DocumentChunkLocation'];
export type SearchResultLocation = components['schemas']['SearchResultLocation'];
export type ToolAdditionBlock = components['schemas']['ToolAdditionBlock'];
export type ToolReference = components['schemas']['ToolReference'];
export type ToolRemovalBlock = components['schemas']['ToolRemovalBlock'];
export type SystemContentBlock = components['schemas']['SystemContentBlock'];
export type InferenceConfiguration = components['schemas']['InferenceConfiguration'];
export type ToolConfiguration = components['schemas']['ToolConfiguration'];
export type Tool = components['schemas']['Tool'];
export type ToolSpecification = components['schemas']['ToolSpecification'];
export type ToolInputSchema = components['schemas']['ToolInputSchema'];
export type SystemTool = components['schemas']['SystemTool'];
export type ToolChoice = components['schemas']['ToolChoice'];
export type AutoToolChoice = components['schemas']['AutoToolChoice'];
export type AnyToolChoice = components['schemas']['AnyToolChoice'];
export type SpecificToolChoice = components['schemas']['SpecificToolChoice'];
export type GuardrailStreamConfiguration = components['schemas']['GuardrailStreamConfiguration'];
export type GuardrailTrace = components['schemas']['GuardrailTrace'];
export type GuardrailStreamProcessingMode = components['schemas']['GuardrailStreamProcessingMode'];
export type PromptVariableValues = components['schemas']['PromptVariableValues'];
export type PerformanceConfiguration = components['schemas']['PerformanceConfiguration'];
export type PerformanceConfigLatency = components['schemas']['PerformanceConfigLatency'];
export type ServiceTier = components['schemas']['ServiceTier'];
export type ServiceTierType = components['schemas']['ServiceTierType'];
export type OutputConfig = components['schemas']['OutputConfig'];
export type OutputFormat = components['schemas']['OutputFormat'];
export type OutputFormatType = components['schemas']['OutputFormatType'];
export type OutputFormatStructure = components['schemas']['OutputFormatStructure'];
export type JsonSchemaDefinition = components['schemas']['JsonSchemaDefinition'];
export type MessageStartEvent = components['schemas']['MessageStartEvent'];
export type ContentBlockStartEvent = components['schemas']['ContentBlockStartEvent'];
export type ContentBlockStart = components['schemas']['ContentBlockStart'];
export type ToolUseBlockStart = components['schemas']['ToolUseBlockStart'];
export type ToolResultBlockStart = components['schemas']['ToolResultBlockStart'];
export type ImageBlockStart = components['schemas']['ImageBlockStart'];
export type ContentBlockDeltaEvent = components['schemas']['ContentBlockDeltaEvent'];
export type ContentBlockDelta = components['schemas']['ContentBlockDelta'];
export type ToolUseBlockDelta = components['schemas']['ToolUseBlockDelta'];
export type ToolResultBlockDelta = components['schemas']['ToolResultBlockDelta'];
export type ReasoningContentBlockDelta = components['schemas']['ReasoningContentBlockDelta'];
export type CitationsDelta = components['schemas']['CitationsDelta'];
export type CitationSourceContentDelta = components['schemas']['CitationSourceContentDelta'];
export type ImageBlockDelta = components['schemas']['ImageBlockDelta'];
export type ContentBlockStopEvent = components['schemas']['ContentBlockStopEvent'];
export type MessageStopEvent = components['schemas']['MessageStopEvent'];
export type StopReason = components['schemas']['StopReason'];
export type ConverseStreamMetadataEvent = components['schemas']['ConverseStreamMetadataEvent'];
export type TokenUsage = components['schemas']['TokenUsage'];
export type CacheDetail = components['schemas']['CacheDetail'];
export type ConverseStreamMetrics = components['schemas']['ConverseStreamMetrics'];
export type ConverseStreamTrace = components['schemas']['ConverseStreamTrace'];
export type GuardrailTraceAssessment = components['schemas']['GuardrailTraceAssessment'];
export type GuardrailAssessment = components['schemas']['GuardrailAssessment'];
export type GuardrailTopicPolicyAssessment = components['schemas']['GuardrailTopicPolicyAssessment'];
export type GuardrailTopic = components['schemas']['GuardrailTopic'];
export type GuardrailTopicType = components['schemas']['GuardrailTopicType'];
export type GuardrailTopicPolicyAction = components['schemas']['GuardrailTopicPolicyAction'];
export type GuardrailContentPolicyAssessment = components['schemas']['GuardrailContentPolicyAssessment'];
export type GuardrailContentFilter = components['schemas']['GuardrailContentFilter'];
export type GuardrailContentFilterType = components['schemas']['GuardrailContentFilterType'];
export type GuardrailContentFilterConfidence = components['schemas']['GuardrailContentFilterConfidence'];
export type GuardrailContentFilterStrength = components['schemas']['GuardrailContentFilterStrength'];
export type GuardrailContentPolicyAction = components['schemas']['GuardrailContentPolicyAction'];
export type GuardrailWordPolicyAssessment = components['schemas']['GuardrailWordPolicyAssessment'];
export type GuardrailCustomWord = components['schemas']['GuardrailCustomWord'];
export type GuardrailWordPolicyAction = components['schemas']['GuardrailWordPolicyAction'];
export type GuardrailManagedWord = components['schemas']['GuardrailManagedWord'];
export type GuardrailManagedWordType = components['schemas']['GuardrailManagedWordType'];
export type GuardrailSensitiveInformationPolicyAssessment =
  components['schemas']['GuardrailSensitiveInformationPolicyAssessment'];
export type GuardrailPiiEntityFilter = components['schemas']['GuardrailPiiEntityFilter'];
export type GuardrailPiiEntityType = components['schemas']['GuardrailPiiEntityType'];
export type GuardrailSensitiveInformationPolicyAction =
  components['schemas']['GuardrailSensitiveInformationPolicyAction'];
export type GuardrailRegexFilter = components['schemas']['GuardrailRegexFilter'];
export type GuardrailContextualGroundingPolicyAssessment =
  components['schemas']['GuardrailContextualGroundingPolicyAssessment'];
export type GuardrailContextualGroundingFilter = components['schemas']['GuardrailContextualGroundingFilter'];
export type GuardrailContextualGroundingFilterType = components['schemas']['GuardrailContextualGroundingFilterType'];
export type GuardrailContextualGroundingPolicyAction =
  components['schemas']['GuardrailContextualGroundingPolicyAction'];
export type GuardrailAutomatedReasoningPolicyAssessment =
  components['schemas']['GuardrailAutomatedReasoningPolicyAssessment'];
export type GuardrailAutomatedReasoningFinding = components['schemas']['GuardrailAutomatedReasoningFinding'];
export type GuardrailAutomatedReasoningValidFinding = components['schemas']['GuardrailAutomatedReasoningValidFinding'];
export type GuardrailAutomatedReasoningTranslation = components['schemas']['GuardrailAutomatedReasoningTranslation'];
export type GuardrailAutomatedReasoningStatement = components['schemas']['GuardrailAutomatedReasoningStatement'];
export type GuardrailAutomatedReasoningInputTextReference =
  components['schemas']['GuardrailAutomatedReasoningInputTextReference'];
export type GuardrailAutomatedReasoningScenario = components['schemas']['GuardrailAutomatedReasoningScenario'];
export type GuardrailAutomatedReasoningRule = components['schemas']['GuardrailAutomatedReasoningRule'];
export type GuardrailAutomatedReasoningLogicWarning = components['schemas']['GuardrailAutomatedReasoningLogicWarning'];
export type GuardrailAutomatedReasoningLogicWarningType =
  components['schemas']['GuardrailAutomatedReasoningLogicWarningType'];
export type GuardrailAutomatedReasoningInvalidFinding =
  components['schemas']['GuardrailAutomatedReasoningInvalidFinding'];
export type GuardrailAutomatedReasoningSatisfiableFinding =
  components['schemas']['GuardrailAutomatedReasoningSatisfiableFinding'];
export type GuardrailAutomatedReasoningImpossibleFinding =
  components['schemas']['GuardrailAutomatedReasoningImpossibleFinding'];
export type GuardrailAutomatedReasoningTranslationAmbiguousFinding =
  components['schemas']['GuardrailAutomatedReasoningTranslationAmbiguousFinding'];
export type GuardrailAutomatedReasoningTranslationOption =
  components['schemas']['GuardrailAutomatedReasoningTranslationOption'];
export type GuardrailAutomatedReasoningTooComplexFinding =
  components['schemas']['GuardrailAutomatedReasoningTooComplexFinding'];
export type GuardrailAutomatedReasoningNoTranslationsFinding =
  components['schemas']['GuardrailAutomatedReasoningNoTranslationsFinding'];
export type GuardrailInvocationMetrics = components['schemas']['GuardrailInvocationMetrics'];
export type GuardrailUsage = components['schemas']['GuardrailUsage'];
export type GuardrailCoverage = components['schemas']['GuardrailCoverage'];
export type GuardrailTextCharactersCoverage = components['schemas']['GuardrailTextCharactersCoverage'];
export type GuardrailImageCoverage = components['schemas']['GuardrailImageCoverage'];
export type AppliedGuardrailDetails = components['schemas']['AppliedGuardrailDetails'];
export type GuardrailOrigin = components['schemas']['GuardrailOrigin'];
export type GuardrailOwnership = components['schemas']['GuardrailOwnership'];
export type PromptRouterTrace = components['schemas']['PromptRouterTrace'];
export type InternalServerException = components['schemas']['InternalServerException'];
export type ModelStreamErrorException = components['schemas']['ModelStreamErrorException'];
export type ValidationException = components['schemas']['ValidationException'];
export type ThrottlingException = components['schemas']['ThrottlingException'];
export type ServiceUnavailableException = components['schemas']['ServiceUnavailableException'];
export type ConverseResponse = components['schemas']['ConverseResponse'];
export type ConverseOutput = components['schemas']['ConverseOutput'];
export type ConverseMetrics = components['schemas']['ConverseMetrics'];
export type ConverseTrace = components['schemas']['ConverseTrace'];
export type ConverseStreamEvent = components['schemas']['ConverseStreamEvent'];
export type BedrockError = components['schemas']['BedrockError'];
export type HealthStatus = components['schemas']['HealthStatus'];
export type ReadyStatus = components['schemas']['ReadyStatus'];
export type ResponseConverseStreamReply = components['responses']['ConverseStreamReply'];
export type ResponseConverseReply = components['responses']['ConverseReply'];
export type ResponseError400 = components['responses']['Error400'];
export type ResponseError403 = components['responses']['Error403'];
export type ResponseError404 = components['responses']['Error404'];
export type ResponseError404UnknownOperation = components['responses']['Error404UnknownOperation'];
export type ResponseError408 = components['responses']['Error408'];
export type ResponseError424 = components['responses']['Error424'];
export type ResponseError429 = components['responses']['Error429'];
export type ResponseError500 = components['responses']['Error500'];
export type ResponseError503 = components['responses']['Error503'];
export type ParameterModelId = components['parameters']['ModelId'];
export type RequestBodyConverseRequest = components['requestBodies']['ConverseRequest'];
export type HeaderRequestId = components['headers']['RequestId'];
export type HeaderErrorType = components['headers']['ErrorType'];
export type HeaderAnsweringModel = components['headers']['AnsweringModel'];
export type $defs = Record<string, never>;
export interface operations {
  pydanticaiBedrockConverseStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseStreamReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  pydanticaiBedrockConverse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  bedrockConverseStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseStreamReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  bedrockConverse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  pydanticaiConverseStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseStreamReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  pydanticaiConverse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  langchainConverseStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseStreamReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  langchainConverse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  litellmConverseStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseStreamReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  litellmConverse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  converseStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseStreamReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  converse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do. */
        modelId: components['parameters']['ModelId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['ConverseRequest'];
    responses: {
      200: components['responses']['ConverseReply'];
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      408: components['responses']['Error408'];
      424: components['responses']['Error424'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The gateway is alive. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthStatus'];
        };
      };
    };
  };
  getReady: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The gateway can take requests. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadyStatus'];
        };
      };
      /** @description The gateway cannot take requests yet. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadyStatus'];
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      403: components['responses']['Error403'];
      404: components['responses']['Error404UnknownOperation'];
    };
  };
}

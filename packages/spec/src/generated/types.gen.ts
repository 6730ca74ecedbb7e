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
  '/api/governance/virtual-keys/quota': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The calling key's own quota
     * @description The budgets and rate limits that apply to the virtual key making the call: its own, its team's and its customer's. Self-service: the key itself is the credential (sent as for inference), no admin key is needed, and a key learns only about itself.
     */
    get: operations['getVirtualKeyQuota'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/governance/virtual-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List virtual keys
     * @description Every virtual key, newest first, without their secrets.
     */
    get: operations['listVirtualKeys'];
    put?: never;
    /**
     * Create a virtual key
     * @description Creates a virtual key and answers with its secret, `sk-bf-…`, in `value`. The secret is shown this once: the gateway keeps only its SHA-256 digest. The key works on the next request, on every replica within a second.
     */
    post: operations['createVirtualKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/governance/virtual-keys/{vk_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a virtual key
     * @description One virtual key, without its secret.
     */
    get: operations['getVirtualKey'];
    /**
     * Update a virtual key
     * @description Changes the fields the body names and keeps the others; `null` clears `expires_at`, `team_id`, `customer_id`, `budget` or `rate_limit`. A key the config file seeds cannot be changed here.
     */
    put: operations['updateVirtualKey'];
    post?: never;
    /**
     * Delete a virtual key
     * @description Deletes the key; its secret is refused from the next request on.
     */
    delete: operations['deleteVirtualKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/governance/virtual-keys/{vk_id}/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a virtual key's secret
     * @description Gives the key a new secret, shown this once in `value`, and refuses the old one from the next request on. The key keeps its id, policy and usage.
     */
    post: operations['rotateVirtualKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/governance/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List teams
     * @description Every team, newest first.
     */
    get: operations['listTeams'];
    put?: never;
    /**
     * Create a team
     * @description Creates a team, which virtual keys can then belong to; a team may belong to a customer.
     */
    post: operations['createTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/governance/teams/{team_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a team
     * @description One team.
     */
    get: operations['getTeam'];
    /**
     * Update a team
     * @description Changes the fields the body names; `null` clears `customer_id`, `budget` or `rate_limit`.
     */
    put: operations['updateTeam'];
    post?: never;
    /**
     * Delete a team
     * @description Deletes a team that no virtual key belongs to; a team with keys is refused, naming how many.
     */
    delete: operations['deleteTeam'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/governance/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List customers
     * @description Every customer, newest first.
     */
    get: operations['listCustomers'];
    put?: never;
    /**
     * Create a customer
     * @description Creates a customer, the top of the hierarchy, which teams and virtual keys can belong to.
     */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/governance/customers/{customer_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a customer
     * @description One customer.
     */
    get: operations['getCustomer'];
    /**
     * Update a customer
     * @description Changes the fields the body names; `null` clears `budget` or `rate_limit`.
     */
    put: operations['updateCustomer'];
    post?: never;
    /**
     * Delete a customer
     * @description Deletes a customer that no team or virtual key belongs to; one still in use is refused, naming by what.
     */
    delete: operations['deleteCustomer'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the request log
     * @description One entry per request, newest first, with its key, team and customer, the model asked for and the one that answered, tokens, cost and timings; bodies only for keys that log them. Lists are comma-separated and match any of their values. Unknown parameters are refused.
     */
    get: operations['searchLogs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Totals of the request log
     * @description Requests, tokens, cost, success rate and mean latency of the requests the filters match, and with `group_by` the same per key, model or UTC day.
     */
    get: operations['getLogStats'];
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
      /** @description The targets (provider/model) set aside after failing, soonest back first; tried again, after every other candidate meanwhile, when their cool-down ends. Only for a caller with a key. */
      coolingDown?: {
        /** @description The configured provider's name and the model it is asked for, e.g. `primary/gpt-4o`. */
        target: string;
        /**
         * @description Too many failures within the window (or its probe failed), or the upstream asked to wait.
         * @enum {string}
         */
        reason: 'failures' | 'retry-after';
        /** @description How long until it is tried first again. */
        retryInMs: number;
      }[];
    };
    /** @description A spending cap in US dollars, from each request's cost, reset every `reset_duration`. */
    Budget: {
      /** @description The most that may be spent in one period, in US dollars. */
      max_limit: number;
      reset_duration: components['schemas']['ResetDuration'];
    };
    /** @description Caps on tokens (input and output together) and on requests, each within its own period. Either pair may be left out; a limit needs its period. */
    RateLimit: {
      /** @description The most tokens in one period. */
      token_max_limit?: number;
      token_reset_duration?: components['schemas']['ResetDuration'];
      /** @description The most requests in one period. */
      request_max_limit?: number;
      request_reset_duration?: components['schemas']['ResetDuration'];
    };
    /** @description A period: a whole number and a unit, `s`, `m` (minutes), `h`, `d`, `w`, `M` (months) or `Y`, e.g. `1m`, `1h`, `1d`, `1M`. */
    ResetDuration: string;
    /** @description Globs (`*` any run of characters, `?` one character). */
    GlobList: string[];
    /** @description A name for people, shown in logs and errors. */
    EntityName: string;
    /** @description One upstream provider this key's traffic may use, with its share of the traffic (`weight`), the models of it the key may call (`allowed_models`, matched against the model name and `provider/model`; empty, any) and, optionally, which of the provider's upstream keys (by name) it may use. A key with provider configs may call no other provider; a bare model name goes to one of them by weight, the others being its fallbacks. */
    ProviderConfig: {
      /** @description A configured provider's name, e.g. `openai`. */
      provider: string;
      /** @description The share of the key's traffic this provider gets, against the others' weights (default 1). */
      weight?: number;
      allowed_models?: components['schemas']['GlobList'];
      /** @description The upstream keys of the provider this key may use, by name; absent or empty, any of them. Stored and shown, not yet enforced: the gateway's upstream keys have no names. */
      key_ids?: string[];
      budget?: components['schemas']['Budget'];
      rate_limit?: components['schemas']['RateLimit'];
    };
    /** @description A budget, or `null` to remove it. */
    NullableBudget: components['schemas']['Budget'] | null;
    /** @description Rate limits, or `null` to remove them. */
    NullableRateLimit: components['schemas']['RateLimit'] | null;
    /** @description An id, or `null` to detach. */
    NullableId: string | null;
    /** @description A date and time with its offset, or `null` for never. */
    NullableDateTime: string | null;
    /** @description A new virtual key. It belongs to a team or to a customer, or to neither, never to both. Nothing in `allowed_models` or `allowed_providers` allows everything; the `denied_` lists win over the `allowed_` ones. Unknown fields are refused. */
    CreateVirtualKeyRequest: {
      name: components['schemas']['EntityName'];
      description?: string;
      /** @description Whether the key may be used (default true). */
      is_active?: boolean;
      /**
       * Format: date-time
       * @description When the key stops working.
       */
      expires_at?: string;
      team_id?: string;
      customer_id?: string;
      allowed_providers?: components['schemas']['GlobList'];
      denied_providers?: components['schemas']['GlobList'];
      allowed_models?: components['schemas']['GlobList'];
      denied_models?: components['schemas']['GlobList'];
      provider_configs?: components['schemas']['ProviderConfig'][];
      tags?: string[];
      /** @description Whether the request log keeps this key's request and response bodies (default false). */
      log_bodies?: boolean;
      budget?: components['schemas']['Budget'];
      rate_limit?: components['schemas']['RateLimit'];
    };
    /** @description The fields to change; the others keep their values. Unknown fields are refused. */
    UpdateVirtualKeyRequest: {
      name?: components['schemas']['EntityName'];
      description?: string;
      is_active?: boolean;
      expires_at?: components['schemas']['NullableDateTime'];
      team_id?: components['schemas']['NullableId'];
      customer_id?: components['schemas']['NullableId'];
      allowed_providers?: components['schemas']['GlobList'];
      denied_providers?: components['schemas']['GlobList'];
      allowed_models?: components['schemas']['GlobList'];
      denied_models?: components['schemas']['GlobList'];
      provider_configs?: components['schemas']['ProviderConfig'][];
      tags?: string[];
      log_bodies?: boolean;
      budget?: components['schemas']['NullableBudget'];
      rate_limit?: components['schemas']['NullableRateLimit'];
    };
    /** @description A virtual key as stored, without its secret. */
    VirtualKey: {
      /** @description The key's id; AWS SigV4 is not offered for stored keys (see the governance guide). */
      id: string;
      name: string;
      description: string;
      is_active: boolean;
      /** Format: date-time */
      expires_at?: string;
      team_id?: string;
      customer_id?: string;
      allowed_providers: components['schemas']['GlobList'];
      denied_providers: components['schemas']['GlobList'];
      allowed_models: components['schemas']['GlobList'];
      denied_models: components['schemas']['GlobList'];
      provider_configs: components['schemas']['ProviderConfig'][];
      tags: string[];
      log_bodies: boolean;
      budget?: components['schemas']['Budget'];
      rate_limit?: components['schemas']['RateLimit'];
      source: components['schemas']['EntitySource'];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /**
     * @description Who owns the entity: the management API, or the config file (which wins at every start).
     * @enum {string}
     */
    EntitySource: 'api' | 'config';
    /** @description A virtual key with its secret, as answered once, at creation and at rotation. */
    VirtualKeyWithSecret: {
      id: string;
      name: string;
      /** @description The secret, `sk-bf-` and 40 letters and digits. Send it as a bearer token, `x-bf-vk` or `x-api-key`. */
      value: string;
      is_active?: boolean;
      /** Format: date-time */
      expires_at?: string;
      team_id?: string;
      customer_id?: string;
    };
    /** @description A virtual key just created or rotated. */
    VirtualKeySecretResponse: {
      message: string;
      virtual_key: components['schemas']['VirtualKeyWithSecret'];
    };
    /** @description One virtual key. */
    VirtualKeyResponse: {
      message?: string;
      virtual_key: components['schemas']['VirtualKey'];
    };
    /** @description Virtual keys. */
    VirtualKeyList: {
      virtual_keys: components['schemas']['VirtualKey'][];
      count: number;
    };
    /** @description What limits the calling key, scope by scope, and how much of each its current window has used. */
    VirtualKeyQuota: {
      virtual_key_id: string;
      virtual_key_name: string;
      is_active: boolean;
      /** Format: date-time */
      expires_at?: string;
      /** @description Every budget the key's requests count against, the key's own first, then its team's and customer's. */
      budgets: components['schemas']['ScopedBudget'][];
      /** @description Every rate limit the key's requests count against, in the same order. */
      rate_limits: components['schemas']['ScopedRateLimit'][];
    };
    /**
     * @description Which level of the hierarchy a limit belongs to.
     * @enum {string}
     */
    QuotaScope: 'virtual_key' | 'team' | 'customer' | 'provider_config';
    /** @description A budget and the scope it belongs to. */
    ScopedBudget: {
      scope: components['schemas']['QuotaScope'];
      id: string;
      name?: string;
      max_limit: number;
      reset_duration: string;
      /** @description Dollars used in the current window, counting what requests in flight hold. Absent when the counter store cannot be read. */
      current_usage?: number;
      /** @description Dollars left in the current window, never below 0. */
      remaining?: number;
      /**
       * Format: date-time
       * @description When the current window ends and the budget starts again from 0.
       */
      resets_at?: string;
    };
    /** @description Rate limits and the scope they belong to. */
    ScopedRateLimit: {
      scope: components['schemas']['QuotaScope'];
      id: string;
      name?: string;
      token_max_limit?: number;
      token_reset_duration?: string;
      request_max_limit?: number;
      request_reset_duration?: string;
      /** @description Tokens used in the current window, counting what requests in flight hold. Absent when the counter store cannot be read. */
      token_current_usage?: number;
      /** @description Tokens left in the current window, never below 0. */
      token_remaining?: number;
      /**
       * Format: date-time
       * @description When the token window ends.
       */
      token_resets_at?: string;
      /** @description Requests counted in the current window, those in flight included. */
      request_current_usage?: number;
      /** @description Requests left in the current window, never below 0. */
      request_remaining?: number;
      /**
       * Format: date-time
       * @description When the request window ends.
       */
      request_resets_at?: string;
    };
    /** @description A new team. Unknown fields are refused. */
    CreateTeamRequest: {
      name: components['schemas']['EntityName'];
      customer_id?: string;
      budget?: components['schemas']['Budget'];
      rate_limit?: components['schemas']['RateLimit'];
    };
    /** @description The fields to change. Unknown fields are refused. */
    UpdateTeamRequest: {
      name?: components['schemas']['EntityName'];
      customer_id?: components['schemas']['NullableId'];
      budget?: components['schemas']['NullableBudget'];
      rate_limit?: components['schemas']['NullableRateLimit'];
    };
    /** @description A team of virtual keys. */
    Team: {
      id: string;
      name: string;
      customer_id?: string;
      budget?: components['schemas']['Budget'];
      rate_limit?: components['schemas']['RateLimit'];
      source: components['schemas']['EntitySource'];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description One team. */
    TeamResponse: {
      message?: string;
      team: components['schemas']['Team'];
    };
    /** @description Teams. */
    TeamList: {
      teams: components['schemas']['Team'][];
      count: number;
    };
    /** @description A new customer. Unknown fields are refused. */
    CreateCustomerRequest: {
      name: components['schemas']['EntityName'];
      budget?: components['schemas']['Budget'];
      rate_limit?: components['schemas']['RateLimit'];
    };
    /** @description The fields to change. Unknown fields are refused. */
    UpdateCustomerRequest: {
      name?: components['schemas']['EntityName'];
      budget?: components['schemas']['NullableBudget'];
      rate_limit?: components['schemas']['NullableRateLimit'];
    };
    /** @description A customer, the top of the hierarchy. */
    Customer: {
      id: string;
      name: string;
      budget?: components['schemas']['Budget'];
      rate_limit?: components['schemas']['RateLimit'];
      source: components['schemas']['EntitySource'];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description One customer. */
    CustomerResponse: {
      message?: string;
      customer: components['schemas']['Customer'];
    };
    /** @description Customers. */
    CustomerList: {
      customers: components['schemas']['Customer'][];
      count: number;
    };
    /** @description What was deleted. */
    DeletedResponse: {
      message: string;
    };
    /** @description One request, as the request log keeps it. */
    LogEntry: {
      /** @description The request id (`x-amzn-requestid`). */
      id: string;
      /** @description When the request arrived, ISO 8601. */
      timestamp: string;
      method: string;
      route?: string | null;
      operation?: string | null;
      key_id?: string | null;
      key_name?: string | null;
      team_id?: string | null;
      team_name?: string | null;
      customer_id?: string | null;
      customer_name?: string | null;
      /** @description The model asked for. */
      model?: string | null;
      /** @description The model that answered. */
      answered_by?: string | null;
      provider?: string | null;
      /** @description The upstream key that answered, by name. */
      upstream_key?: string | null;
      number_of_attempts: number;
      /** @enum {string} */
      status: 'success' | 'error' | 'cancelled';
      status_code?: number | null;
      error_type?: string | null;
      error_message?: string | null;
      time_to_first_byte_ms?: number | null;
      /** @description The duration, in milliseconds. */
      latency: number;
      /** @description US dollars; null when no price is known, never 0 for an unpriced model. */
      cost?: number | null;
      price_source?: string | null;
      stop_reason?: string | null;
      client_cancelled: boolean;
      /** @description The routing's record of each attempt, when it kept one. */
      attempts?: unknown[] | null;
      token_usage: {
        input_tokens?: number | null;
        output_tokens?: number | null;
        total_tokens?: number | null;
        cache_read_tokens?: number | null;
        cache_write_tokens?: number | null;
      };
      /** @description The request body, for a key that logs bodies; otherwise null. */
      raw_request?: unknown;
      /** @description The reply, for a key that logs bodies; otherwise null. */
      raw_response?: unknown;
    };
    /** @description A page of the request log. */
    LogSearchResult: {
      logs: components['schemas']['LogEntry'][];
      pagination: {
        limit: number;
        offset: number;
        total_count: number;
      };
    };
    /** @description Totals over some requests. */
    LogTotals: {
      total_requests: number;
      success_rate: number;
      average_latency: number;
      input_tokens: number;
      output_tokens: number;
      total_tokens: number;
      cache_read_tokens: number;
      cache_write_tokens: number;
      /** @description US dollars, over the priced requests. */
      total_cost: number;
      unpriced_requests: number;
    };
    /** @description The totals of one key, model or day. */
    LogStatsGroup: {
      group: string | null;
      total_requests: number;
      success_rate: number;
      average_latency: number;
      input_tokens: number;
      output_tokens: number;
      total_tokens: number;
      cache_read_tokens: number;
      cache_write_tokens: number;
      total_cost: number;
      unpriced_requests: number;
    };
    /** @description Totals of the request log, overall and per group. */
    LogStats: {
      totals: components['schemas']['LogTotals'];
      groups: components['schemas']['LogStatsGroup'][];
    };
  };
  responses: {
    /** @description The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends. */
    ConverseStreamReply: {
      headers: {
        'x-amzn-requestid': components['headers']['RequestId'];
        'x-heimdall-attempts': components['headers']['Attempts'];
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
        'x-heimdall-attempts': components['headers']['Attempts'];
        'x-heimdall-model': components['headers']['AnsweringModel'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ConverseResponse'];
      };
    };
    /** @description ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets). */
    Error400: {
      headers: {
        'x-amzn-errortype': components['headers']['ErrorType'];
        'x-amzn-requestid': components['headers']['RequestId'];
        'x-heimdall-attempts': components['headers']['Attempts'];
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
        'x-heimdall-attempts': components['headers']['Attempts'];
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
        'x-heimdall-attempts': components['headers']['Attempts'];
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
        'x-heimdall-attempts': components['headers']['Attempts'];
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
        'x-heimdall-attempts': components['headers']['Attempts'];
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
        'x-heimdall-attempts': components['headers']['Attempts'];
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
        'x-heimdall-attempts': components['headers']['Attempts'];
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
        'x-heimdall-attempts': components['headers']['Attempts'];
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
    /** @description The virtual key's id (not its secret). */
    VirtualKeyId: string;
    /** @description The team's id. */
    TeamId: string;
    /** @description The customer's id. */
    CustomerId: string;
    /** @description From this time on (inclusive), ISO 8601, e.g. `2026-12-02T00:00:00Z`. */
    LogStartTime: string;
    /** @description Up to this time (exclusive), ISO 8601. */
    LogEndTime: string;
    /** @description Gateway or virtual key ids, comma-separated. */
    LogKeyIds: string;
    /** @description Team ids, comma-separated. */
    LogTeamIds: string;
    /** @description Customer ids, comma-separated. */
    LogCustomerIds: string;
    /** @description Models asked for or answering, comma-separated, e.g. `openai/gpt-4o`. */
    LogModels: string;
    /** @description Providers, comma-separated. */
    LogProviders: string;
    /** @description How requests ended, comma-separated: `success`, `error`, `cancelled`. */
    LogStatus: string;
    /** @description Bedrock error types, comma-separated, e.g. `ThrottlingException`. */
    LogErrorTypes: string;
    /** @description At least this cost, in US dollars; a request of unknown cost matches no cost bound. */
    LogMinCost: number;
    /** @description At most this cost, in US dollars. */
    LogMaxCost: number;
    /** @description At least this duration, in milliseconds. */
    LogMinLatency: number;
    /** @description At most this duration, in milliseconds. */
    LogMaxLatency: number;
    /** @description Text in a stored request or response body, case-insensitive. */
    LogContentSearch: string;
    /** @description Entries per page (default 50, at most 1000). */
    LogLimit: number;
    /** @description Entries to skip, newest first. */
    LogOffset: number;
    /** @description Totals per gateway key, per model (the one that answered) or per UTC day. */
    LogGroupBy: 'key' | 'model' | 'day';
  };
  requestBodies: {
    ConverseRequest: {
      content: {
        'application/json': components['schemas']['BedrockConverseRequest'];
      };
    };
    CreateVirtualKey: {
      content: {
        'application/json': components['schemas']['CreateVirtualKeyRequest'];
      };
    };
    UpdateVirtualKey: {
      content: {
        'application/json': components['schemas']['UpdateVirtualKeyRequest'];
      };
    };
    CreateTeam: {
      content: {
        'application/json': components['schemas']['CreateTeamRequest'];
      };
    };
    UpdateTeam: {
      content: {
        'application/json': components['schemas']['UpdateTeamRequest'];
      };
    };
    CreateCustomer: {
      content: {
        'application/json': components['schemas']['CreateCustomerRequest'];
      };
    };
    UpdateCustomer: {
      content: {
        'application/json': components['schemas']['UpdateCustomerRequest'];
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
    /** @description How many upstream attempts the request made, retries and fallbacks included (1 when the first answered). Sent on Converse and ConverseStream replies, errors included, once the request reached routing; 0 when a check refused it before any attempt went out. */
    Attempts: string;
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
export type Budget = components['schemas']['Budget'];
export type RateLimit = components['schemas']['RateLimit'];
export type ResetDuration = components['schemas']['ResetDuration'];
export type GlobList = components['schemas']['GlobList'];
export type EntityName = components['schemas']['EntityName'];
export type ProviderConfig = components['schemas']['ProviderConfig'];
export type NullableBudget = components['schemas']['NullableBudget'];
export type NullableRateLimit = components['schemas']['NullableRateLimit'];
export type NullableId = components['schemas']['NullableId'];
export type NullableDateTime = components['schemas']['NullableDateTime'];
export type CreateVirtualKeyRequest = components['schemas']['CreateVirtualKeyRequest'];
export type UpdateVirtualKeyRequest = components['schemas']['UpdateVirtualKeyRequest'];
export type VirtualKey = components['schemas']['VirtualKey'];
export type EntitySource = components['schemas']['EntitySource'];
export type VirtualKeyWithSecret = components['schemas']['VirtualKeyWithSecret'];
export type VirtualKeySecretResponse = components['schemas']['VirtualKeySecretResponse'];
export type VirtualKeyResponse = components['schemas']['VirtualKeyResponse'];
export type VirtualKeyList = components['schemas']['VirtualKeyList'];
export type VirtualKeyQuota = components['schemas']['VirtualKeyQuota'];
export type QuotaScope = components['schemas']['QuotaScope'];
export type ScopedBudget = components['schemas']['ScopedBudget'];
export type ScopedRateLimit = components['schemas']['ScopedRateLimit'];
export type CreateTeamRequest = components['schemas']['CreateTeamRequest'];
export type UpdateTeamRequest = components['schemas']['UpdateTeamRequest'];
export type Team = components['schemas']['Team'];
export type TeamResponse = components['schemas']['TeamResponse'];
export type TeamList = components['schemas']['TeamList'];
export type CreateCustomerRequest = components['schemas']['CreateCustomerRequest'];
export type UpdateCustomerRequest = components['schemas']['UpdateCustomerRequest'];
export type Customer = components['schemas']['Customer'];
export type CustomerResponse = components['schemas']['CustomerResponse'];
export type CustomerList = components['schemas']['CustomerList'];
export type DeletedResponse = components['schemas']['DeletedResponse'];
export type LogEntry = components['schemas']['LogEntry'];
export type LogSearchResult = components['schemas']['LogSearchResult'];
export type LogTotals = components['schemas']['LogTotals'];
export type LogStatsGroup = components['schemas']['LogStatsGroup'];
export type LogStats = components['schemas']['LogStats'];
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
export type ParameterVirtualKeyId = components['parameters']['VirtualKeyId'];
export type ParameterTeamId = components['parameters']['TeamId'];
export type ParameterCustomerId = components['parameters']['CustomerId'];
export type ParameterLogStartTime = components['parameters']['LogStartTime'];
export type ParameterLogEndTime = components['parameters']['LogEndTime'];
export type ParameterLogKeyIds = components['parameters']['LogKeyIds'];
export type ParameterLogTeamIds = components['parameters']['LogTeamIds'];
export type ParameterLogCustomerIds = components['parameters']['LogCustomerIds'];
export type ParameterLogModels = components['parameters']['LogModels'];
export type ParameterLogProviders = components['parameters']['LogProviders'];
export type ParameterLogStatus = components['parameters']['LogStatus'];
export type ParameterLogErrorTypes = components['parameters']['LogErrorTypes'];
export type ParameterLogMinCost = components['parameters']['LogMinCost'];
export type ParameterLogMaxCost = components['parameters']['LogMaxCost'];
export type ParameterLogMinLatency = components['parameters']['LogMinLatency'];
export type ParameterLogMaxLatency = components['parameters']['LogMaxLatency'];
export type ParameterLogContentSearch = components['parameters']['LogContentSearch'];
export type ParameterLogLimit = components['parameters']['LogLimit'];
export type ParameterLogOffset = components['parameters']['LogOffset'];
export type ParameterLogGroupBy = components['parameters']['LogGroupBy'];
export type RequestBodyConverseRequest = components['requestBodies']['ConverseRequest'];
export type RequestBodyCreateVirtualKey = components['requestBodies']['CreateVirtualKey'];
export type RequestBodyUpdateVirtualKey = components['requestBodies']['UpdateVirtualKey'];
export type RequestBodyCreateTeam = components['requestBodies']['CreateTeam'];
export type RequestBodyUpdateTeam = components['requestBodies']['UpdateTeam'];
export type RequestBodyCreateCustomer = components['requestBodies']['CreateCustomer'];
export type RequestBodyUpdateCustomer = components['requestBodies']['UpdateCustomer'];
export type HeaderRequestId = components['headers']['RequestId'];
export type HeaderErrorType = components['headers']['ErrorType'];
export type HeaderAnsweringModel = components['headers']['AnsweringModel'];
export type HeaderAttempts = components['headers']['Attempts'];
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
  getVirtualKeyQuota: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key's quota. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualKeyQuota'];
        };
      };
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  listVirtualKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The virtual keys. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualKeyList'];
        };
      };
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  createVirtualKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['CreateVirtualKey'];
    responses: {
      /** @description The new key, with its secret. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualKeySecretResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getVirtualKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The virtual key's id (not its secret). */
        vk_id: components['parameters']['VirtualKeyId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualKeyResponse'];
        };
      };
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  updateVirtualKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The virtual key's id (not its secret). */
        vk_id: components['parameters']['VirtualKeyId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['UpdateVirtualKey'];
    responses: {
      /** @description The key as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualKeyResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  deleteVirtualKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The virtual key's id (not its secret). */
        vk_id: components['parameters']['VirtualKeyId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key is gone. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeletedResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  rotateVirtualKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The virtual key's id (not its secret). */
        vk_id: components['parameters']['VirtualKeyId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key, with its new secret. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualKeySecretResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  listTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The teams. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamList'];
        };
      };
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  createTeam: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['CreateTeam'];
    responses: {
      /** @description The new team. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The team's id. */
        team_id: components['parameters']['TeamId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamResponse'];
        };
      };
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  updateTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The team's id. */
        team_id: components['parameters']['TeamId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['UpdateTeam'];
    responses: {
      /** @description The team as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  deleteTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The team's id. */
        team_id: components['parameters']['TeamId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team is gone. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeletedResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  listCustomers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerList'];
        };
      };
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  createCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['CreateCustomer'];
    responses: {
      /** @description The new customer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer's id. */
        customer_id: components['parameters']['CustomerId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  updateCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer's id. */
        customer_id: components['parameters']['CustomerId'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['UpdateCustomer'];
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  deleteCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer's id. */
        customer_id: components['parameters']['CustomerId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer is gone. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeletedResponse'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  searchLogs: {
    parameters: {
      query?: {
        /** @description From this time on (inclusive), ISO 8601, e.g. `2026-12-02T00:00:00Z`. */
        start_time?: components['parameters']['LogStartTime'];
        /** @description Up to this time (exclusive), ISO 8601. */
        end_time?: components['parameters']['LogEndTime'];
        /** @description Gateway or virtual key ids, comma-separated. */
        key_ids?: components['parameters']['LogKeyIds'];
        /** @description Team ids, comma-separated. */
        team_ids?: components['parameters']['LogTeamIds'];
        /** @description Customer ids, comma-separated. */
        customer_ids?: components['parameters']['LogCustomerIds'];
        /** @description Models asked for or answering, comma-separated, e.g. `openai/gpt-4o`. */
        models?: components['parameters']['LogModels'];
        /** @description Providers, comma-separated. */
        providers?: components['parameters']['LogProviders'];
        /** @description How requests ended, comma-separated: `success`, `error`, `cancelled`. */
        status?: components['parameters']['LogStatus'];
        /** @description Bedrock error types, comma-separated, e.g. `ThrottlingException`. */
        error_types?: components['parameters']['LogErrorTypes'];
        /** @description At least this cost, in US dollars; a request of unknown cost matches no cost bound. */
        min_cost?: components['parameters']['LogMinCost'];
        /** @description At most this cost, in US dollars. */
        max_cost?: components['parameters']['LogMaxCost'];
        /** @description At least this duration, in milliseconds. */
        min_latency?: components['parameters']['LogMinLatency'];
        /** @description At most this duration, in milliseconds. */
        max_latency?: components['parameters']['LogMaxLatency'];
        /** @description Text in a stored request or response body, case-insensitive. */
        content_search?: components['parameters']['LogContentSearch'];
        /** @description Entries per page (default 50, at most 1000). */
        limit?: components['parameters']['LogLimit'];
        /** @description Entries to skip, newest first. */
        offset?: components['parameters']['LogOffset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogSearchResult'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
  getLogStats: {
    parameters: {
      query?: {
        /** @description From this time on (inclusive), ISO 8601, e.g. `2026-12-02T00:00:00Z`. */
        start_time?: components['parameters']['LogStartTime'];
        /** @description Up to this time (exclusive), ISO 8601. */
        end_time?: components['parameters']['LogEndTime'];
        /** @description Gateway or virtual key ids, comma-separated. */
        key_ids?: components['parameters']['LogKeyIds'];
        /** @description Team ids, comma-separated. */
        team_ids?: components['parameters']['LogTeamIds'];
        /** @description Customer ids, comma-separated. */
        customer_ids?: components['parameters']['LogCustomerIds'];
        /** @description Models asked for or answering, comma-separated, e.g. `openai/gpt-4o`. */
        models?: components['parameters']['LogModels'];
        /** @description Providers, comma-separated. */
        providers?: components['parameters']['LogProviders'];
        /** @description How requests ended, comma-separated: `success`, `error`, `cancelled`. */
        status?: components['parameters']['LogStatus'];
        /** @description Bedrock error types, comma-separated, e.g. `ThrottlingException`. */
        error_types?: components['parameters']['LogErrorTypes'];
        /** @description At least this cost, in US dollars; a request of unknown cost matches no cost bound. */
        min_cost?: components['parameters']['LogMinCost'];
        /** @description At most this cost, in US dollars. */
        max_cost?: components['parameters']['LogMaxCost'];
        /** @description At least this duration, in milliseconds. */
        min_latency?: components['parameters']['LogMinLatency'];
        /** @description At most this duration, in milliseconds. */
        max_latency?: components['parameters']['LogMaxLatency'];
        /** @description Text in a stored request or response body, case-insensitive. */
        content_search?: components['parameters']['LogContentSearch'];
        /** @description Totals per gateway key, per model (the one that answered) or per UTC day. */
        group_by?: components['parameters']['LogGroupBy'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The totals. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogStats'];
        };
      };
      400: components['responses']['Error400'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
      503: components['responses']['Error503'];
    };
  };
}

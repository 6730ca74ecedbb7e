/** A hand-written page of the site, from `guides/<slug>.md`. */
export interface Guide {
  slug: string;
  title: string;
  /** One line for the index page. */
  summary: string;
}

/** The guides in reading order: the navigation and the index list them this way. */
export const guides: readonly Guide[] = [
  {
    slug: 'quick-start',
    title: 'Quick start',
    summary: 'Run the gateway, send a first request, stream a first reply.',
  },
  {
    slug: 'configuration',
    title: 'Configuration',
    summary: 'Environment variables, the config file, gateway keys, routing, fallbacks, retries and time limits.',
  },
  {
    slug: 'providers',
    title: 'Providers',
    summary:
      'OpenAI-compatible servers, Anthropic, Google Gemini and Amazon Bedrock: how to configure each, and what each receives.',
  },
  {
    slug: 'routing',
    title: 'Routing',
    summary:
      'Aliases, fallback chains and their triggers, strategies, cool-downs, time budgets and the attempts header.',
  },
  {
    slug: 'clients',
    title: 'Clients',
    summary: 'PydanticAI, boto3, the AWS SDK for JavaScript, the Vercel AI SDK, LangChain and @heimdall/client.',
  },
  {
    slug: 'event-stream',
    title: 'The event stream',
    summary: 'How a ConverseStream reply is framed: frames, headers, padding, event order and exceptions.',
  },
  {
    slug: 'errors',
    title: 'Errors',
    summary: 'Error types and statuses, the x-amzn-errortype header, and exceptions inside a stream.',
  },
  {
    slug: 'limits',
    title: 'Budgets and rate limits',
    summary:
      'Limits on keys, teams and customers; reserve and settle; windows; Redis across replicas and its fail modes.',
  },
  {
    slug: 'operations',
    title: 'Running in production',
    summary: 'Health checks, Prometheus metrics, logs, graceful shutdown, containers and load balancers.',
  },
];

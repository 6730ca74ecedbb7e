/** The value of one unlabelled metric (e.g. `heimdall_open_streams`) as the gateway's `/metrics` reports it now. */
export async function readGatewayMetric(baseUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  if (!line) throw new Error(`The gateway reports no metric ${name}`);
  return Number(line.slice(name.length + 1));
}

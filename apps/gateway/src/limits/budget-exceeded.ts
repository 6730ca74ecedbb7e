import { HeimdallError } from '@heimdall/eventstream';
import { bedrockErrorStatuses } from '@heimdall/spec';

/**
 * A budget that is spent: Bedrock's `ServiceQuotaExceededException` (HTTP 400), which the AWS SDKs raise as their own
 * exception class and do not retry, since waiting a few seconds does not refill a monthly budget.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html#API_runtime_Converse_Errors
 */
export class BudgetExceeded extends HeimdallError {
  constructor(options: { message: string }) {
    super({
      type: 'ServiceQuotaExceededException',
      status: bedrockErrorStatuses.ServiceQuotaExceededException,
      message: options.message,
    });
  }
}

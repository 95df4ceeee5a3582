import { getDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealLocator, dealTransport } from './fields';

export const { description, execute } = getDealOperation({
	transport: dealTransport,
	locator: dealLocator,
});

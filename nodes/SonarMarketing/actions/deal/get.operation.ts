import { getDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealModes, dealTransport } from './fields';

export const { description, execute } = getDealOperation({
	transport: dealTransport,
	dealModes,
});

import { EcosysAutoApi } from '../../credentials/EcosysAutoApi.credentials';
import { EcosysAuto } from '../../nodes/EcosysAuto/EcosysAuto.node';
import { vendorKit } from '../harness/vendor-kit';

export { bodiesSeen } from '../harness/vendor-kit';

export const ECOSYS_KEY = 'ea_test_key_123';
export const DEFAULT_STORE = 'store-default-uuid';

const ecosysKit = (storeId: string) =>
	vendorKit({
		nodeName: 'ecosysAuto',
		node: new EcosysAuto(),
		credentialTypes: [new EcosysAutoApi()],
		credentialType: 'ecosysAutoApi',
		credentialData: { apiKey: ECOSYS_KEY, baseUrl: 'https://ecosys.test/api/v1', storeId },
		origin: 'https://ecosys.test',
		requiredHeaders: { authorization: `Bearer ${ECOSYS_KEY}` },
	});

const ecosys = ecosysKit(DEFAULT_STORE);

export const ecosysHarness = ecosys.harness;
/** A harness whose credential has no default store. */
export const ecosysHarnessWithoutStore = ecosysKit('').harness;
export const ecosysNode = ecosys.node;
/** The Ecosys Auto API as nock sees it, requiring the Bearer key on every call. */
export const ecosysApi = ecosys.api;

/** A list page in the platform's envelope. */
export function page(data: object[], pageNumber: number, limit: number, total: number) {
	return {
		success: true,
		data,
		pagination: { page: pageNumber, limit, total, pages: Math.ceil(total / limit) },
	};
}

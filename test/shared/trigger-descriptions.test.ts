import type { INodeType } from 'n8n-workflow';

import { EcosysAutoTrigger } from '../../nodes/EcosysAuto/EcosysAutoTrigger.node';
import { EGestorTrigger } from '../../nodes/EGestor/EGestorTrigger.node';
import { HivestrTrigger } from '../../nodes/Hivestr/HivestrTrigger.node';
import { SonarMarketingTrigger } from '../../nodes/SonarMarketing/SonarMarketingTrigger.node';
import { WoofedCrmTrigger } from '../../nodes/WoofedCrm/WoofedCrmTrigger.node';

describe.each([
	['ecosysAutoTrigger', new EcosysAutoTrigger()],
	['eGestorTrigger', new EGestorTrigger()],
	['hivestrTrigger', new HivestrTrigger()],
	['sonarMarketingTrigger', new SonarMarketingTrigger()],
	['woofedCrmTrigger', new WoofedCrmTrigger()],
] as Array<[string, INodeType]>)('%s', (name, { description }) => {
	it('is a polling trigger with no inputs that an AI agent cannot call', () => {
		expect(description.name).toBe(name);
		expect(description.polling).toBe(true);
		expect(description.inputs).toEqual([]);
		expect(description.group).toEqual(['trigger']);
		expect(description.usableAsTool).toBeUndefined();
	});
});

// `npm run test:e2e`: runs `npm run demo` (every example workflow, unmodified, inside a real
// n8n, on the sandboxes) twice, once for each way users install the pack, and checks what each
// example's nodes returned, not only that they ran:
//   1. by hand, as the README says: the tarball (`npm pack`) installed with
//      `npm install --legacy-peer-deps` into the n8n user folder's .n8n/nodes;
//   2. through n8n's own Community Nodes installer (the editor's Settings → Community Nodes →
//      Install, `POST /rest/community-packages`), the tarball published to a local npm
//      registry first.
// node:test, not jest: jest's `npm test` must stay fast and offline of n8n.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import {
	describeInstall,
	printTable,
	runDemo,
	runVendorPackages,
} from '../../scripts/demo/demo.mjs';
import { PACKAGE, REPO, packManifest } from '../../scripts/demo/lib.mjs';

let results;
const out = (file, node) => {
	const result = results.find((r) => r.example.file === file);
	assert.ok(result, `${file} ran`);
	assert.equal(result.status, 'passed', `${file}: ${result.error ?? result.reason ?? ''}`);
	const items = result.outputs[node];
	assert.ok(items, `${file}: node "${node}" ran`);
	return items;
};
const one = (file, node) => {
	const items = out(file, node);
	assert.equal(items.length, 1, `${file}: "${node}" returned one item`);
	return items[0];
};

/** The checks of every example's output, for the install of the enclosing describe. */
function examplesChecks() {
	it('runs every example, none failed or skipped', () => {
		assert.ok(results.length >= 6, `six or more examples (found ${results.length})`);
		for (const result of results) {
			assert.equal(
				result.status,
				'passed',
				`${result.example.file}: ${result.error ?? result.reason ?? ''}`,
			);
			assert.ok(result.items > 0, `${result.example.file}: its last node returned items`);
		}
	});

	it('Sonar: creates a deal, moves it to proposta, reads it back, archives it', () => {
		const file = 'sonar-deal-lifecycle.json';
		const created = one(file, 'Create Deal');
		assert.equal(created.title, 'Site novo — Padaria Pão Bom');
		assert.equal(created.value, 3200);
		assert.equal(created.phase, 'lead');
		assert.equal(one(file, 'Move To Proposal').phase, 'proposta');
		const read = one(file, 'Read Back');
		assert.equal(read.id, created.id);
		assert.equal(read.phase, 'proposta');
		const archived = one(file, 'Archive');
		assert.equal(archived.id, created.id);
		assert.equal(archived.status, 'arquivado');
	});

	it("WoofedCRM: upserts the contact and its deal, finds the contact's deals, marks them won in UTC", () => {
		const file = 'woofedcrm-contact-deal-won.json';
		const contact = one(file, 'Upsert Contact');
		assert.equal(contact.email, 'contato@paobom.com.br');
		const deal = one(file, 'Upsert Deal');
		assert.equal(deal.contact_id, contact.id);
		assert.equal(deal.stage_id, 3);
		const found = out(file, 'Find Deals Of Contact');
		assert.ok(found.length >= 1);
		assert.ok(found.every((d) => d.contact_id === contact.id));
		const won = out(file, 'Mark Won').find((d) => d.id === deal.id);
		assert.ok(won, 'the upserted deal was marked won');
		assert.equal(won.status, 'won');
		assert.equal(won.won_at, '2025-03-04T15:30:00Z');
	});

	it('Ecosys: client (CPF formatted) → vehicle in the default store → deal → won at the final value', () => {
		const file = 'ecosys-quickstart.json';
		const client = one(file, 'Create Client');
		assert.equal(client.cpf, '529.982.247-25');
		const vehicle = one(file, 'Create Vehicle');
		assert.equal(vehicle.client_id, client.id);
		assert.equal(vehicle.store_id, 'store-sandbox-centro');
		const deal = one(file, 'Create Deal');
		assert.equal(deal.title, 'Venda Toyota Corolla XEi 2.0 2025');
		assert.equal(deal.value, 165000);
		assert.equal(deal.client_id, client.id);
		const won = one(file, 'Mark Won');
		assert.equal(won.id, deal.id);
		assert.equal(won.status, 'ganho');
		assert.equal(won.value, 160000);
	});

	it("Hivestr: the client's own Prospecção card is updated, gets a task, and the task is a reminder", () => {
		const file = 'hivestr-client-card-task.json';
		const client = one(file, 'Create Client');
		assert.ok(client.pipeline_deal?.id, 'the new client came with its pipeline card');
		const card = one(file, 'Update Card');
		assert.equal(card.id, client.pipeline_deal.id);
		assert.equal(card.title, 'Campanha verão — João Silva');
		assert.equal(card.estimated_value, 500000);
		assert.equal(card.pipeline_stage, 'Prospecção');
		const task = one(file, 'Add Task');
		assert.equal(task.deal_id, card.id);
		const reminders = out(file, 'List Reminders');
		assert.ok(
			reminders.some((reminder) => reminder.id === task.id),
			'the task is among the reminders',
		);
	});

	it('eGestor: contact → product → sale of two units → its receivable received in full', () => {
		const file = 'egestor-contact-product-sale-receive.json';
		const contact = one(file, 'Create Contact');
		assert.equal(contact.nome, 'Padaria Pão Bom');
		const sale = one(file, 'Read Sale');
		assert.equal(sale.codContato, contact.codigo);
		assert.equal(sale.valorTotal, 85);
		assert.equal(sale.financeiros.length, 1);
		assert.equal(one(file, 'Receive').msg, 'Recebimento efetuado com sucesso.');
	});

	it('cross-vendor: the Ecosys deal won becomes an eGestor sale for the same customer at the same value', () => {
		const file = 'cross-vendor-ecosys-won-to-egestor-sale.json';
		const won = one(file, 'Ecosys Won');
		assert.equal(won.status, 'ganho');
		assert.equal(won.value, 142000);
		const customer = one(file, 'eGestor Customer');
		assert.equal(customer.nome, one(file, 'Ecosys Client').name);
		assert.equal(one(file, 'eGestor Vehicle Product').descricao, 'Honda Civic EXL 2024');
		const sale = one(file, 'eGestor Sale');
		assert.equal(sale.nome, customer.nome);
		assert.equal(typeof sale.codigo, 'number');
	});
}

describe(
	'installed by hand (npm install --legacy-peer-deps in .n8n/nodes)',
	{ timeout: 20 * 60_000 },
	() => {
		let install;
		before(async () => {
			const demo = await runDemo({ install: 'manual' });
			results = demo.results;
			install = demo.install;
			printTable(results, demo.ms);
			console.log(describeInstall(install));
		});

		it('installs the pack and nothing else: no second n8n-workflow next to it', () => {
			assert.equal(install.how, 'manual');
			assert.deepEqual(install.modules, [PACKAGE]);
			assert.ok(install.ms > 0);
		});

		examplesChecks();
	},
);

describe(
	"installed through n8n's Community Nodes installer, from a local npm registry",
	{ timeout: 20 * 60_000 },
	() => {
		let install;
		before(async () => {
			const demo = await runDemo({ install: 'community' });
			results = demo.results;
			install = demo.install;
			printTable(results, demo.ms);
			console.log(describeInstall(install));
		});

		it('n8n installs the package and reports every node it registers', () => {
			assert.equal(install.how, 'community');
			assert.equal(install.installed.packageName, PACKAGE);
			const { version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
			assert.equal(install.installed.installedVersion, version);
			const types = install.installed.installedNodes.map((node) => node.type).sort();
			const expected = [...packManifest().nodeTypes].map((type) => `${PACKAGE}.${type}`).sort();
			assert.deepEqual(types, expected);
			assert.ok(
				install.listed.some((entry) => entry.packageName === PACKAGE),
				'listed under Settings → Community Nodes',
			);
			assert.deepEqual(install.modules, [PACKAGE]);
		});

		examplesChecks();
	},
);

describe(
	'each single-vendor package alone in n8n (n8n-nodes-hivestr, …)',
	{ timeout: 20 * 60_000 },
	() => {
		let packages;
		before(async () => {
			({ packages } = await runVendorPackages({}));
			for (const pkg of packages)
				console.log(
					`${pkg.name}: ${(pkg.tarball.size / 1024).toFixed(1)} kB, installed in ${(pkg.installMs / 1000).toFixed(1)} s, ${pkg.results.map((result) => `${result.example.file} ${result.status}`).join(', ')}`,
				);
		});

		it('builds five packages, each holding one vendor: its action node, its trigger, its credentials', () => {
			assert.deepEqual(packages.map((pkg) => pkg.name).sort(), [
				'n8n-nodes-ecosys-auto',
				'n8n-nodes-egestor',
				'n8n-nodes-hivestr',
				'n8n-nodes-sonar-marketing',
				'n8n-nodes-woofedcrm',
			]);
			const all = packManifest();
			const seen = [];
			for (const pkg of packages) {
				assert.deepEqual(pkg.modules, [pkg.name], `${pkg.name} installs alone`);
				assert.ok(pkg.nodeTypes.length >= 2, `${pkg.name}: ${pkg.nodeTypes}`);
				assert.ok(pkg.credentialTypes.length >= 1, `${pkg.name}: ${pkg.credentialTypes}`);
				seen.push(...pkg.nodeTypes);
			}
			// Together they hold every node of the pack, each once.
			assert.deepEqual(seen.sort(), [...all.nodeTypes].sort());
		});

		it("runs each vendor's own examples in n8n with only that package installed", () => {
			for (const pkg of packages) {
				assert.ok(pkg.results.length >= 1, `${pkg.name} has an example`);
				for (const result of pkg.results)
					assert.equal(
						result.status,
						'passed',
						`${pkg.name} ${result.example.file}: ${result.error}`,
					);
			}
		});
	},
);

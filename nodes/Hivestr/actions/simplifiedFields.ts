/**
 * What the Simplify toggle of Hivestr's Get and Get Many keeps of each record: fields
 * hivestr.txt shows for it, listed in the README. Only top-level fields are kept (a nested
 * field such as a proposal's client or a card's tasks_summary is kept whole).
 */

/** GET /clients and /clients/{id}: the list's fields (Get also drops proposals and proposal_stats). */
export const CLIENT_SIMPLIFIED_FIELDS = [
	'id',
	'name',
	'email',
	'phone',
	'company_name',
	'cnpj',
	'cpf',
	'city',
	'state',
	'status',
] as const;

/**
 * GET /pipeline/deals and /pipeline/deals/{id}: the fields a card is created with (POST
 * /pipeline/deals), its id and the list's tasks_summary; notes are left out.
 */
export const CARD_SIMPLIFIED_FIELDS = [
	'id',
	'title',
	'pipeline_stage',
	'estimated_value',
	'client_id',
	'user_id',
	'tasks_summary',
] as const;

/** GET /proposals and /proposals/{id} (Get also drops proposal_items and the notes). */
export const PROPOSAL_SIMPLIFIED_FIELDS = [
	'id',
	'proposal_number',
	'title',
	'status',
	'final_value',
	'campaign_start_date',
	'campaign_end_date',
	'valid_until',
	'created_at',
	'client',
] as const;

/** GET /inventory/list and /inventory/{id} (Get also drops media_schedules). */
export const INVENTORY_SIMPLIFIED_FIELDS = [
	'id',
	'name',
	'media_type',
	'city',
	'state',
	'base_price',
	'unit_price',
	'audience',
	'is_active',
	'is_occupied',
] as const;

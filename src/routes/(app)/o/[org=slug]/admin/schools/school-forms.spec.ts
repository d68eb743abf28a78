import { describe, expect, it } from 'vitest';
import { schoolForm } from '$lib/components/admin/school-forms';

describe('school form', () => {
	it('normalises a typed BRIN number and takes an empty one as unknown', () => {
		expect(schoolForm.parse({ name: ' OBS De Linde ', brin: '12 ab-00', sector: 'po' })).toEqual({ name: 'OBS De Linde', brin: '12AB00', sector: 'po' });
		expect(schoolForm.parse({ name: 'OBS De Linde', brin: '', sector: 'vo' }).brin).toBeNull();
	});

	it('names the field and the expected form of each refused value', () => {
		const result = schoolForm.safeParse({ name: ' ', brin: '1234', sector: 'mbo' });
		expect(result.success).toBe(false);
		const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
		expect(byField.name).toBe('Vul de naam van de school in.');
		expect(byField.brin).toContain('12AB00');
		expect(byField.sector).toBe('Kies de sector van de school.');
		expect(schoolForm.safeParse({ name: 'x'.repeat(201), sector: 'po' }).error!.issues[0]!.message).toBe('Gebruik voor de naam ten hoogste 200 tekens.');
	});
});

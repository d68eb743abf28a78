import { expect, test } from '@playwright/test';
import { NOORD, SEEDED_URL } from './helpers';

test.describe('security basics', () => {
	test('HTML responses carry CSP and the other security headers', async ({ request }) => {
		const response = await request.get(`${SEEDED_URL}/login`);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).toContain("script-src 'self'");
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
	});

	test('a cross-site form post is refused by the origin check', async ({ request }) => {
		const response = await request.post(`${SEEDED_URL}/login`, {
			headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
			data: 'email=admin%40noord.test&password=x'
		});
		expect(response.status()).toBe(403);
	});

	test('organisation pages send anonymous visitors to the login page', async ({ page }) => {
		await page.goto(`${SEEDED_URL}/o/${NOORD}`);
		await expect(page).toHaveURL(/\/login\?next=%2Fo%2Fstichting-noord/);
	});

	test('health check answers when the database answers', async ({ request }) => {
		const response = await request.get(`${SEEDED_URL}/healthz`);
		expect(response.status()).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok' });
	});

	test('setup is gone once a user exists', async ({ request }) => {
		const response = await request.get(`${SEEDED_URL}/setup`, { maxRedirects: 0 });
		expect(response.status()).toBe(404);
	});
});

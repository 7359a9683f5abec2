import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('should drop user-info and hide the values of secret query parameters', () => {
    expect(
      redactUrl(
        'https://ann:hunter2@example.org/sa.pdf?year=2024&token=t0k&API_KEY=k&X-Amz-Signature=s&sig=1',
      ),
    ).toBe(
      'https://example.org/sa.pdf?year=2024&token=REDACTED&API_KEY=REDACTED&X-Amz-Signature=REDACTED&sig=REDACTED',
    );
    expect(redactUrl('https://example.org/a?password=p&password=q')).toBe(
      'https://example.org/a?password=REDACTED',
    );
  });

  it('should leave URLs without secrets, and text that is not a URL, as they are', () => {
    expect(redactUrl('https://example.org/self-assessment.pdf?year=2024')).toBe(
      'https://example.org/self-assessment.pdf?year=2024',
    );
    expect(redactUrl('/data/self-assessment.pdf')).toBe('/data/self-assessment.pdf');
  });
});

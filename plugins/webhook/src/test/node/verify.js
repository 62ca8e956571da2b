// Verifies webhook deliveries with the standardwebhooks package from npm, an implementation of the
// convention that is not ours. Input: a JSON file of {secret, headers, body}; output: one result each.
const fs = require('fs');
const { Webhook } = require('standardwebhooks');

const deliveries = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = deliveries.map((d) => {
  try {
    const payload = new Webhook(d.secret).verify(d.body, d.headers);
    return { id: d.headers['webhook-id'], ok: true, type: payload.type };
  } catch (e) {
    return { id: d.headers['webhook-id'], ok: false, error: e.message };
  }
});
process.stdout.write(JSON.stringify(results));

// Keeps the token for the next steps.
const token = at.response.json().token;
at.variables.set('token', token + at.secrets.get('SIGNING_KEY'));

// Checks an Open Badges 3.0 credential secured as a VC-JWT the way an outside verifier would, with tools
// nobody at Fakh wrote: jose (JWS, JWK), ajv (1EdTech's JSON schema), Digital Bazaar's bitstring status list.
//
//   node check.mjs <credential.jwt>
//
// It dereferences every URL the credential names: the header's kid (must answer one JWK), issuer.id (must
// answer the issuer Profile in JSON-LD, and a page for browsers), credentialStatus.statusListCredential
// (a VC-JWT signed by a key its own kid names, issued by the same issuer). Prints a JSON summary; exits 1
// with the reason on the first failure.
import {readFileSync} from 'node:fs';
import {decodeProtectedHeader, importJWK, jwtVerify} from 'jose';
import Ajv2019Module from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';

const Ajv2019 = Ajv2019Module.default ?? Ajv2019Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const here = new URL('.', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('ob_v3p0_achievementcredential_schema.json', here), 'utf8'));

function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}

function require(condition, message) {
  if (!condition) {
    fail(message);
  }
}

async function get(url, accept) {
  const response = await fetch(url, {headers: {accept}});
  require(response.ok, `GET ${url} (Accept: ${accept}) answered ${response.status}`);
  return {type: (response.headers.get('content-type') ?? '').split(';')[0].trim(), text: await response.text()};
}

// OB 3.0 "Create the JOSE Header": only alg, kid, jwk, typ; typ "If present, MUST be set to "JWT""; kid "A URI that
// can be dereferenced to an object of type JWK".
async function verifyJwt(jwt, what) {
  const header = decodeProtectedHeader(jwt);
  const extra = Object.keys(header).filter(name => !['alg', 'kid', 'jwk', 'typ'].includes(name));
  require(extra.length === 0, `${what}: JOSE header has members OB 3.0 does not allow: ${extra}`);
  require(header.typ === undefined || header.typ === 'JWT', `${what}: typ is ${header.typ}, not JWT`);
  require(typeof header.kid === 'string', `${what}: no kid`);
  const jwk = await get(header.kid, 'application/jwk+json');
  require(jwk.type === 'application/jwk+json', `${what}: kid answered ${jwk.type}, not application/jwk+json`);
  const key = JSON.parse(jwk.text);
  require(typeof key.kty === 'string' && key.keys === undefined, `${what}: kid answered no single JWK`);
  require(key.d === undefined, `${what}: the JWK has a private part`);
  require(key.kid === undefined || key.kid === header.kid, `${what}: the JWK's kid ${key.kid} is not ${header.kid}`);
  const {payload} = await jwtVerify(jwt, await importJWK(key, header.alg), {typ: header.typ, clockTolerance: 120});
  return {header, payload};
}

function issuerIdOf(credential) {
  return typeof credential.issuer === 'object' ? credential.issuer.id : credential.issuer;
}

const jwt = readFileSync(process.argv[2], 'utf8').trim();
const {header, payload: credential} = await verifyJwt(jwt, 'credential');

// OB 3.0 "JWT Payload Format": the claims mirror the credential
const seconds = date => Math.floor(Date.parse(date) / 1000);
require(credential.iss === issuerIdOf(credential), 'iss is not issuer.id');
require(credential.jti === credential.id, 'jti is not id');
require(credential.sub === credential.credentialSubject?.id, 'sub is not credentialSubject.id');
require(credential.nbf === seconds(credential.validFrom), 'nbf is not validFrom');
require(credential.validUntil === undefined || credential.exp === seconds(credential.validUntil), 'exp is not validUntil');

const ajv = new Ajv2019({allErrors: true, strict: false});
addFormats(ajv);
ajv.addSchema(schema);
const validCredential = ajv.validate(schema.$id, credential);
require(validCredential, 'the credential does not match the 1EdTech schema: ' + ajv.errorsText(ajv.errors));

// issuer.id resolves to the issuer's Profile
const issuerId = issuerIdOf(credential);
const profileAnswer = await get(issuerId, 'application/ld+json');
require(profileAnswer.type === 'application/ld+json', `issuer.id answered ${profileAnswer.type}, not application/ld+json`);
const profile = JSON.parse(profileAnswer.text);
require(profile.id === issuerId, `the profile's id ${profile.id} is not ${issuerId}`);
require(Array.isArray(profile.type) ? profile.type.includes('Profile') : profile.type === 'Profile', 'the profile is no Profile');
require(ajv.validate(schema.$id + '#/$defs/Profile', profile), 'the profile does not match the 1EdTech Profile schema: '
  + ajv.errorsText(ajv.errors));
const page = await get(issuerId, 'text/html,application/xhtml+xml,*/*;q=0.8');
require(page.type === 'text/html', `a browser asking issuer.id got ${page.type}`);

// the status list: its own VC-JWT, its own kid, the same issuer (checked by Digital Bazaar's library)
const entry = credential.credentialStatus;
const listAnswer = await get(entry.statusListCredential, 'application/vc+jwt');
const {header: listHeader, payload: list} = await verifyJwt(listAnswer.text, 'status list');
const status = await checkStatus({
  credential,
  documentLoader: async url => {
    require(url === entry.statusListCredential, `asked to load ${url}`);
    return {document: list};
  },
  verifyBitstringStatusListCredential: false, // its JWS was verified above with jose
  verifyMatchingIssuers: true
});
require(status.verified, 'status check: ' + (status.error?.message ?? JSON.stringify(status)));

console.log(JSON.stringify({
  typ: header.typ ?? null, alg: header.alg, kid: header.kid, schema: 'valid', issuer: issuerId,
  profile: profile.name, statusList: entry.statusListCredential, statusListKid: listHeader.kid,
  statusListIssuer: issuerIdOf(list), revoked: status.results[0].status
}));

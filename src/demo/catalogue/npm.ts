/**
 * JavaScript packages (npm). A few lines carry real release histories (the ones advisories
 * name most); the long tail gets plausible versions from syntheticVersions, as only their
 * spread matters here, not their exact numbers.
 */
import { PackageLine, syntheticVersions } from "./package-line.js";

const REAL: Readonly<Record<string, readonly string[]>> = {
  lodash: ["4.17.4", "4.17.5", "4.17.10", "4.17.11", "4.17.15", "4.17.19", "4.17.20", "4.17.21"],
  minimist: ["0.0.8", "1.2.0", "1.2.5"],
  express: ["4.13.4", "4.15.2", "4.16.1", "4.16.4", "4.17.1"],
  jquery: ["1.8.3", "1.11.3", "1.12.4", "2.2.4", "3.3.1", "3.4.1", "3.5.1", "3.6.0"],
  axios: ["0.18.0", "0.19.0", "0.19.2", "0.21.1", "0.21.4", "0.24.0"],
  moment: ["2.10.6", "2.18.1", "2.22.2", "2.24.0", "2.29.1"],
  "node-fetch": ["1.7.3", "2.1.2", "2.6.0", "2.6.1", "2.6.6"],
  react: ["15.6.2", "16.8.6", "16.13.1", "16.14.0", "17.0.1", "17.0.2"],
  "react-dom": ["15.6.2", "16.8.6", "16.13.1", "16.14.0", "17.0.1", "17.0.2"],
  "@angular/core": ["4.4.7", "7.2.16", "8.2.14", "10.2.5", "11.2.14", "12.2.13"],
  handlebars: ["4.0.11", "4.1.2", "4.5.3", "4.7.6", "4.7.7"],
  "json-schema": ["0.2.3", "0.4.0"],
  "ansi-regex": ["2.1.1", "3.0.0", "4.1.0", "5.0.0", "5.0.1"],
  "glob-parent": ["3.1.0", "5.1.1", "5.1.2"],
  "path-parse": ["1.0.6", "1.0.7"],
  y18n: ["3.2.1", "4.0.0", "4.0.1", "5.0.5"],
  ws: ["1.1.5", "3.3.3", "6.2.1", "7.4.2", "7.4.6", "8.3.0"],
  underscore: ["1.8.3", "1.9.1", "1.12.0", "1.13.1"],
  "serialize-javascript": ["1.9.1", "2.1.2", "3.1.0", "4.0.0", "6.0.0"],
  "socket.io": ["1.7.4", "2.2.0", "2.4.1", "4.4.0"],
};

const TAIL = `
accepts acorn agent-base ajv ansi-styles anymatch argparse array-flatten asn1 assert-plus async asynckit
aws-sign2 aws4 babel-runtime balanced-match base64-js bcrypt-pbkdf binary-extensions bluebird body-parser
boom brace-expansion braces buffer buffer-from bytes call-bind camelcase caseless chalk chokidar cliui
color-convert color-name combined-stream commander concat-map concat-stream content-disposition
content-type cookie cookie-signature core-js core-util-is cors cross-spawn dashdash debug decamelize
deep-extend delayed-stream depd destroy dotenv ecc-jsbn ee-first encodeurl escape-html escape-string-regexp
esprima etag events extend extsprintf fast-deep-equal fast-json-stable-stringify fill-range finalhandler
find-up forever-agent form-data forwarded fresh fs-extra fs.realpath function-bind get-caller-file
get-stream getpass glob graceful-fs har-schema har-validator has has-flag has-symbols http-errors
http-signature https-proxy-agent iconv-lite ieee754 ignore inflight inherits ini ip ipaddr.js
is-binary-path is-extglob is-fullwidth-code-point is-glob is-number is-stream is-typedarray isarray isexe
isstream js-tokens js-yaml jsbn json-schema-traverse json-stringify-safe json5 jsonfile jsonwebtoken
jsprim jwa jws kind-of locate-path lru-cache media-typer merge-descriptors methods mime mime-db
mime-types minimatch mkdirp ms negotiator normalize-path oauth-sign object-assign on-finished once
os-tmpdir p-limit p-locate p-try parseurl path-exists path-is-absolute path-key path-to-regexp
performance-now picomatch process-nextick-args proxy-addr psl pump punycode qs range-parser raw-body
readable-stream readdirp regenerator-runtime request require-directory resolve rimraf safe-buffer
safer-buffer semver send serve-static set-blocking setprototypeof shebang-command shebang-regex
signal-exit source-map source-map-support sprintf-js sshpk statuses string-width string_decoder
strip-ansi supports-color through tmp to-regex-range toidentifier tough-cookie tslib tunnel-agent
tweetnacl type-is typedarray universalify unpipe uri-js util-deprecate utils-merge uuid vary verror
which wrap-ansi wrappy xtend yallist yargs yargs-parser mongoose mongodb pg mysql mysql2 sequelize
knex passport passport-local express-session helmet morgan winston multer nodemailer bcrypt
bcryptjs validator xml2js cheerio request-promise redis ioredis sharp webpack webpack-cli
webpack-dev-server babel-loader css-loader style-loader file-loader url-loader sass-loader node-sass
postcss autoprefixer terser uglify-js eslint prettier typescript ts-node nodemon jest mocha chai
sinon karma rxjs zone.js vue vuex vue-router bootstrap popper.js font-awesome d3 chart.js leaflet
@babel/core @babel/runtime @babel/preset-env @babel/parser @babel/traverse @babel/types
@babel/generator @babel/template @types/node @types/express @types/react @angular/common
@angular/compiler @angular/forms @angular/router @angular/platform-browser redux react-redux
react-router react-router-dom styled-components classnames prop-types dayjs date-fns immutable
`;

export const NPM_POOL: readonly PackageLine[] = [
  ...Object.entries(REAL).map(([name, versions]) => line(name, versions)),
  ...TAIL.trim()
    .split(/\s+/)
    .map((name) => line(name, syntheticVersions(name, 6, "semver"))),
];

function line(name: string, versions: readonly string[]): PackageLine {
  const slash = name.indexOf("/");
  return slash === -1
    ? new PackageLine("npm", "", name, versions)
    : new PackageLine("npm", name.slice(0, slash), name.slice(slash + 1), versions);
}

/** The directory a package is installed in under node_modules: `@babel/core`, `lodash`. */
export function npmDir(pkg: PackageLine): string {
  return pkg.namespace ? `${pkg.namespace}/${pkg.name}` : pkg.name;
}

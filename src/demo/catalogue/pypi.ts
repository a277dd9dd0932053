/** Python packages (PyPI): real histories for the advisory-prone ones, synthetic for the tail. */
import { PackageLine, syntheticVersions } from "./package-line.js";

const REAL: Readonly<Record<string, readonly string[]>> = {
  django: ["1.8.19", "1.11.29", "2.2.24", "3.0.14", "3.1.13", "3.2.9"],
  requests: ["2.9.1", "2.18.4", "2.22.0", "2.25.1", "2.26.0"],
  urllib3: ["1.22", "1.24.3", "1.25.11", "1.26.5", "1.26.7"],
  pyyaml: ["3.12", "5.1", "5.3.1", "5.4.1", "6.0"],
  jinja2: ["2.8", "2.10.1", "2.11.3", "3.0.3"],
  flask: ["0.12.2", "1.0.2", "1.1.2", "2.0.2"],
  pillow: ["5.4.1", "6.2.2", "7.2.0", "8.3.2", "8.4.0"],
  cryptography: ["2.1.4", "2.8", "3.3.2", "35.0.0", "36.0.1"],
  lxml: ["4.2.1", "4.5.2", "4.6.3", "4.6.5"],
  numpy: ["1.13.3", "1.16.6", "1.19.5", "1.21.4"],
};

const TAIL = `
asgiref attrs babel bcrypt beautifulsoup4 billiard bleach boto3 botocore celery certifi cffi chardet
click colorama coverage decorator defusedxml dnspython docutils et-xmlfile future gevent greenlet
gunicorn httplib2 idna importlib-metadata isodate itsdangerous jmespath jsonschema kombu ldap3
markdown markupsafe mock more-itertools msgpack oauthlib openpyxl packaging pandas paramiko pbr
pluggy prometheus-client psutil psycopg2 psycopg2-binary py pyasn1 pyasn1-modules pycparser
pycryptodome pyjwt pymysql pynacl pyopenssl pyparsing pyrsistent pytest python-dateutil python-ldap
pytz redis reportlab requests-oauthlib rsa s3transfer scipy setuptools simplejson six soupsieve
sqlalchemy sqlparse tabulate toml tornado typing-extensions tzlocal uwsgi vine waitress webob
werkzeug wheel wrapt xlrd xlsxwriter zipp zope.interface djangorestframework django-cors-headers
celery-beat whitenoise sentry-sdk elasticsearch pymongo marshmallow alembic wtforms flask-login
flask-sqlalchemy flask-wtf
`;

export const PYPI_POOL: readonly PackageLine[] = [
  ...Object.entries(REAL).map(([name, versions]) => new PackageLine("pypi", "", name, versions)),
  ...TAIL.trim()
    .split(/\s+/)
    .map((name) => new PackageLine("pypi", "", name, syntheticVersions(name, 5, "pep440"))),
];

// Table tests for the API server's name formats: the upstream test vectors (k8s.io/apimachinery
// pkg/util/validation validation_test.go) plus exact messages, boundary lengths and byte counting.
import { jsonTypeName } from './field-types.js';
import { describe, expect, it } from 'vitest';
import {
  byteLength,
  formatValue,
  exampleGeneratedName,
  generatedNameLength,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isDNS1123SubdomainWithUnderscore,
  isEnvVarName,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
  isValidSysctlName,
  joinReasons,
  maskTrailingDash,
  regexError,
  SYSCTL_NAME_ERROR,
  validateObjectName,
} from './names.js';

const r = (c: string, n: number): string => c.repeat(n);

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const NAME_PART_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

describe('byteLength (Go len())', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['rā', 3],
    ['€', 3],
    ['😀', 4],
  ])('%j is %i bytes', (s, n) => expect(byteLength(s)).toBe(n));
});

describe('regexError', () => {
  it('joins examples with two spaces before "or", as upstream RegexError does', () => {
    expect(regexError('m', 'f', 'a', 'b')).toBe("m (e.g. 'a',  or 'b', regex used for validation is 'f')");
    expect(regexError('m', 'f')).toBe("m (regex used for validation is 'f')");
  });
});

describe('isDNS1123Label', () => {
  const good = ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2', r('a', 63)];
  const bad = [
    '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1',
    '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2',
    ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2', r('a', 64), 'ü', 'a\n',
  ];
  it.each(good)('accepts %j', (v) => expect(isDNS1123Label(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isDNS1123Label(v).length).toBeGreaterThan(0));
  it('gives the regex message', () => expect(isDNS1123Label('Web_1')).toEqual([LABEL_MSG]));
  it('says "must not contain dots" for a valid subdomain', () => {
    expect(isDNS1123Label('a.b')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('web.example.com')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('a.')).toEqual([LABEL_MSG]);
  });
  it('lists the length first, then the format', () => {
    expect(isDNS1123Label(r('a', 64))).toEqual(['must be no more than 63 characters']);
    expect(isDNS1123Label(`${r('a', 63)}.b`)).toEqual(['must be no more than 63 characters', 'must not contain dots']);
    expect(isDNS1123Label(r('A', 64))).toEqual(['must be no more than 63 characters', LABEL_MSG]);
  });
  it('counts bytes: 62 ASCII + one 2-byte character is 64', () => {
    expect(isDNS1123Label(`${r('a', 62)}é`)).toEqual(['must be no more than 63 characters', LABEL_MSG]);
  });
});

describe('isDNS1123Subdomain', () => {
  const good = [
    'a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2',
    'a.a', 'ab.a', 'abc.a', 'a1.a', 'a-1.a', 'a--1--2--b.a', 'a.1', 'ab.1', 'abc.1', 'a1.1', 'a-1.1', 'a--1--2--b.1',
    '0.a', '01.a', '012.a', '1a.a', '1-a.a', '0.1', '01.1', '012.1', '1a.1', '1-a.1', '1--a--b--2.1',
    'a.b.c.d.e', 'aa.bb.cc.dd.ee', '1.2.3.4.5', '11.22.33.44.55', r('a', 253),
  ];
  const bad = [
    '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1',
    '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a..b', '1.', '.1', '1..2',
    ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2', 'A.a', 'aB.a', 'ab.A', 'A1.a', 'a1.A', 'A.1', 'aB.1', 'A1.1', '1A.1',
    '0.A', '01.A', '012.A', '1A.a', '1a.A', 'A.B.C.D.E', 'AA.BB.CC.DD.EE', 'a.B.c.d.e', 'aa.bB.cc.dd.ee',
    'a@b', 'a,b', 'a;b', 'a:b', 'a%b', 'a?b', 'a$b', r('a', 254), 'system:aggregated-metrics-reader',
  ];
  it.each(good)('accepts %j', (v) => expect(isDNS1123Subdomain(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isDNS1123Subdomain(v).length).toBeGreaterThan(0));
  it('messages', () => {
    expect(isDNS1123Subdomain('My.App')).toEqual([SUBDOMAIN_MSG]);
    expect(isDNS1123Subdomain(r('a', 254))).toEqual(['must be no more than 253 characters']);
    expect(isDNS1123Subdomain(`${r('a', 253)}_`)).toEqual(['must be no more than 253 characters', SUBDOMAIN_MSG]);
  });
});

describe('isDNS1123SubdomainWithUnderscore', () => {
  it.each(['abc_d.example.com', '_sip._tcp', 'a_b', 'example.com'])('accepts %j', (v) => expect(isDNS1123SubdomainWithUnderscore(v)).toEqual([]));
  it.each(['a_', '__a', 'A_b', '.', 'a..b', '-a'])('rejects %j', (v) => expect(isDNS1123SubdomainWithUnderscore(v).length).toBe(1));
  it('quotes its own regex from 1.34, the strict one before', () => {
    expect(isDNS1123SubdomainWithUnderscore('a_')[0]).toContain("regex used for validation is '_?[a-z0-9]");
    expect(isDNS1123SubdomainWithUnderscore('a_', true)[0]).toContain("regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(");
  });
});

describe('isDNS1035Label', () => {
  const good = ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', r('a', 63)];
  const bad = [
    '0', '01', '012', '1a', '1-a', '1--a--b--2', '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1',
    '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2',
    ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2', r('a', 64), '2fa-api',
  ];
  it.each(good)('accepts %j', (v) => expect(isDNS1035Label(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isDNS1035Label(v).length).toBeGreaterThan(0));
  it('messages (no dots special case)', () => {
    expect(isDNS1035Label('2fa-api')).toEqual([DNS1035_MSG]);
    expect(isDNS1035Label('a.b')).toEqual([DNS1035_MSG]);
    expect(isDNS1035Label(r('a', 64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('isValidPortName (IANA_SVC_NAME)', () => {
  const good = ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3', r('a', 15)];
  const bad = ['longerthan15characters', '', r('a', 16), '12345', '1-2-3-4', '-begin', 'end-', 'two--hyphens', 'whois++', 'HTTP', 'my_port'];
  it.each(good)('accepts %j', (v) => expect(isValidPortName(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isValidPortName(v).length).toBeGreaterThan(0));
  it('lists every failed rule in order', () => {
    expect(isValidPortName('-Web--Metrics-Port-')).toEqual([
      'must be no more than 15 characters',
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
    expect(isValidPortName('8080')).toEqual(['must contain at least one letter (a-z)']);
    expect(isValidPortName('')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
  });
});

describe('isValidPortNum', () => {
  it.each([1, 2, 1000, 16384, 32768, 65535])('accepts %i', (v) => expect(isValidPortNum(v)).toEqual([]));
  it.each([0, -1, 65536, 100000, 80.5])('rejects %d', (v) => expect(isValidPortNum(v)).toEqual(['must be between 1 and 65535, inclusive']));
});

describe('isQualifiedName (label keys)', () => {
  const good = [
    'simple', 'now-with-dashes', '1-starts-with-num', '1234', 'simple/simple', 'now-with-dashes/simple',
    'now-with-dashes/now-with-dashes', 'now.with.dots/simple', 'now-with.dashes-and.dots/simple', '1-num.2-num/3-num',
    '1234/5678', '1.2.3.4/5678', 'Uppercase_Is_OK_123', 'example.com/Uppercase_Is_OK_123', 'requests.storage-foo',
    r('a', 63), `${r('a', 253)}/${r('b', 63)}`, 'app.kubernetes.io/name',
  ];
  const bad = [
    'nospecialchars%^=@', 'cantendwithadash-', '-cantstartwithadash-', 'only/one/slash', 'Example.com/abc',
    'example_com/abc', 'example.com/', '/simple', r('a', 64), `${r('a', 254)}/abc`, '',
  ];
  it.each(good)('accepts %j', (v) => expect(isQualifiedName(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isQualifiedName(v).length).toBeGreaterThan(0));
  it('messages name the part, lengths in bytes', () => {
    expect(isQualifiedName('example.com/')).toEqual(['name part must be non-empty', NAME_PART_MSG]);
    expect(isQualifiedName('/simple')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName(r('a', 64))).toEqual(['name part must be no more than 63 bytes']);
    expect(isQualifiedName('Example.com/abc')).toEqual([`prefix part ${SUBDOMAIN_MSG}`]);
    expect(isQualifiedName(`${r('a', 254)}/abc`)).toEqual(['prefix part must be no more than 253 bytes']);
    expect(isQualifiedName('app_')).toEqual([NAME_PART_MSG]);
    expect(isQualifiedName('only/one/slash')).toEqual([
      "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ]);
  });
});

describe('isValidLabelValue', () => {
  const good = ['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', r('a', 63), '', 'v1.2_3'];
  const bad = ['nospecialchars%^=@', 'Tama-nui-te-rā.is.Māori.sun', '\\backslashes\\are\\bad', '-starts-with-dash', 'ends-with-dash-', '.starts.with.dot', 'ends.with.dot.', r('a', 64), 'a b'];
  it.each(good)('accepts %j', (v) => expect(isValidLabelValue(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isValidLabelValue(v).length).toBeGreaterThan(0));
  it('messages', () => {
    expect(isValidLabelValue(r('a', 64))).toEqual(['must be no more than 63 bytes']);
    expect(isValidLabelValue('a b')).toEqual([LABEL_VALUE_MSG]);
    // 61 ASCII + "ā" (2 bytes) + "b" is 64 bytes (62 characters): too long, and not in the format.
    expect(isValidLabelValue(`${r('a', 61)}āb`)).toEqual(['must be no more than 63 bytes', LABEL_VALUE_MSG]);
  });
});

describe('object names and generateName', () => {
  it('masks a trailing dash by replacing the last two characters with "a"', () => {
    expect(maskTrailingDash('web-')).toBe('wea');
    expect(maskTrailingDash('a.-')).toBe('aa');
    expect(maskTrailingDash('-')).toBe('-');
    expect(maskTrailingDash('web')).toBe('web');
  });
  it('applies the prefix rule only to generateName', () => {
    expect(validateObjectName('dns1123Subdomain', 'web-', true)).toEqual([]);
    expect(validateObjectName('dns1123Subdomain', 'web-')).toEqual([SUBDOMAIN_MSG]);
    expect(validateObjectName('dns1123Subdomain', 'Web-', true)).toEqual([SUBDOMAIN_MSG]);
    expect(validateObjectName('dns1123Label', 'a.b-', true)).toEqual(['must not contain dots']);
    expect(validateObjectName('dns1035Label', '2fa-', true)).toEqual([DNS1035_MSG]);
    expect(validateObjectName('dns1123Label', '2fa-api')).toEqual([]);
  });
  it('stands for a generated name with generateName[:58] + 5 characters', () => {
    expect(exampleGeneratedName('web-')).toBe('web-xxxxx');
    expect(exampleGeneratedName(r('a', 70))).toBe(`${r('a', 58)}xxxxx`);
  });
  it('computes the generated name length as generateName[:58] + 5', () => {
    expect(generatedNameLength('web-')).toBe(9);
    expect(generatedNameLength(r('a', 70))).toBe(63);
  });
});

describe('environment variable names', () => {
  it.each(['A', 'my.env-name', 'MY_ENV.NAME', 'MyEnvName1', '_', '-a', '.a', 'a..b'])('strict accepts %j', (v) => expect(isEnvVarName(v)).toEqual([]));
  it.each(['1A', 'A B', 'A=B', 'é', '', '.', '..', '..a'])('strict rejects %j', (v) => expect(isEnvVarName(v).length).toBeGreaterThan(0));
  it('strict messages', () => {
    expect(isEnvVarName('1A')).toEqual([
      "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
    ]);
    expect(isEnvVarName('.')).toEqual(["must not be '.'"]);
    expect(isEnvVarName('..')).toEqual(["must not be '..'"]);
    expect(isEnvVarName('..a')).toEqual(["must not start with '..'"]);
  });
  it.each(['1A', 'A B', 'a:b', '$X', '.', '..', '~'])('relaxed accepts %j', (v) => expect(isRelaxedEnvVarName(v)).toEqual([]));
  it('relaxed rejects "=", control characters, non-ASCII and empty', () => {
    const msg = "a valid environment variable name must consist only of printable ASCII characters other than '='";
    expect(isRelaxedEnvVarName('A=B')).toEqual([msg]);
    expect(isRelaxedEnvVarName('A\tB')).toEqual([msg]);
    expect(isRelaxedEnvVarName('é')).toEqual([msg]);
    expect(isRelaxedEnvVarName('')).toEqual(['environment variable name must be non-empty']);
  });
});

describe('sysctl names', () => {
  it.each(['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'kernel/shm_rmid_forced', 'net.ipv4.conf.eth0/1.rp_filter', 'a'])('accepts %j', (v) =>
    expect(isValidSysctlName(v)).toBe(true));
  it.each(['', 'Kernel.shm', 'kernel..shm', '.kernel', 'kernel.', 'net.ipv4.-a', `${r('a', 254)}`])('rejects %j', (v) => expect(isValidSysctlName(v)).toBe(false));
  it('message quotes the anchored regex', () => {
    expect(SYSCTL_NAME_ERROR).toBe('must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$');
  });
});

describe('message helpers', () => {
  it('formats values as the API server prints them', () => {
    expect(formatValue('Web_1')).toBe('"Web_1"');
    expect(formatValue(1)).toBe('1');
    expect(formatValue(true)).toBe('true');
  });
  it('joins several reasons as separate field errors, like the aggregate error', () => {
    expect(joinReasons('spec.containers[0].ports[0].name', 'a--', ['x', 'y'])).toBe('x, spec.containers[0].ports[0].name: Invalid value: "a--": y');
    expect(joinReasons('p', 'v', ['x', 'x'])).toBe('x');
  });
  it('names JSON types as encoding/json does', () => {
    expect([1, true, [], {}].map(jsonTypeName)).toEqual(['number', 'bool', 'array', 'object']);
  });
});

import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  LineIndex,
  SUPPRESSION_RULE_ID,
  Suppressor,
  arr,
  compareFindings,
  countSeverities,
  deepFreeze,
  defineRule,
  dig,
  formatPath,
  formatVersion,
  inRange,
  interpolate,
  isRecord,
  keyToString,
  locate,
  parseManifest,
  rec,
  require_dist,
  resolvePlainScalar,
  str,
  stripBom,
  suppressionRule
} from "./chunk-L4C4UO3S.js";
import {
  __toESM
} from "./chunk-QDJ5KUSK.js";

// src/core/syntax-rules.ts
var parseErrorRule = defineRule({
  id: "parse-error",
  meta: {
    description: "Report files that kubectl cannot parse as YAML or JSON",
    category: "syntax",
    severity: "error",
    remediation: "Fix the YAML syntax at the reported line; kubectl refuses the whole file until it parses.",
    messages: {
      syntax: "YAML syntax error: {{message}}.",
      aliasing: "The document cannot be read: {{message}} (kubectl refuses it too).",
      tooLarge: "File is {{size}} bytes, over the {{limit}}-byte limit (maxFileSize); it was not linted."
    }
  },
  create: () => ({})
});
var duplicateKeyRule = defineRule({
  id: "duplicate-key",
  meta: {
    description: "Disallow a key that appears twice in one YAML mapping",
    category: "syntax",
    severity: "error",
    remediation: "Remove one of the two keys or merge their values; kubectl refuses a file with a duplicate key.",
    messages: {
      duplicate: '{{path}}: {{message}}: kubectl refuses this file; keep one "{{key}}" key.'
    }
  },
  create: () => ({})
});
var SYNTAX_RULES = [parseErrorRule, duplicateKeyRule, suppressionRule];
function withSyntaxRules(rules) {
  const ids = new Set(rules.map((r) => r.id));
  return [...SYNTAX_RULES.filter((r) => !ids.has(r.id)), ...rules];
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str2;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str2;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str2 = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str2;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/manifest/fast.ts
var PLAIN_TAG = "tag:podlint.dev,2026:plain";
var plainScalar = new Type(PLAIN_TAG, {
  kind: "scalar",
  resolve: () => true,
  construct: (source) => resolvePlainScalar(source)
});
var FAST_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [plainScalar] });
var has = (...chars) => (text) => chars.some((c) => text.includes(c));
var FAST_DECLINE = [
  [() => true, /[\uFEFF\u0085\u2028\u2029]/, "line breaks or byte-order mark"],
  [has("\r"), /\r(?!\n)/, "line breaks or byte-order mark"],
  [() => true, /\t/, "tab"],
  [has("%"), /^%/m, "directive"],
  [has("---", "..."), /^(?:---|\.\.\.)(?![ ]+#|[ ]*\r?$)/m, "text after a document marker"],
  [has("|", ">"), /[|>](?:[-+]?[0-9]|[0-9]?\+)/, "block scalar indicator"],
  [() => true, /^(?:[ ]*(?:#.*)?\r?\n)*[ ]+[^ \r\n#]/, "indented document"],
  [has("---", "..."), /^(?:---|\.\.\.).*\n(?:[ ]*(?:#.*)?\r?\n)*[ ]+[^ \r\n#]/m, "indented document"],
  [has("|", ">"), /[|>][-+]?[ ]*(?:#.*)?\r?\n[ ]*\r?\n/, "block scalar with leading empty lines"],
  [emptyItemCandidate, /(?:^|[ ])-[ ]*(?:#.*)?\r?$/m, "empty sequence item"],
  [has("#"), /[[{,\]}]#/, "comment after a flow indicator"],
  [(t) => t.includes("#") && /\n[ ]*,/.test(t), /#[^\n]*\n[ ]*,/, "comment line before a comma"],
  [has("?"), /\?(?:[ \r\n]|$)/, "explicit key"],
  [has("]", "}", "["), /[\]}][ ]*:|[{,](?:[ \r\n]|#.*)*\[/, "collection key"],
  [has("__proto__"), /__proto__/, "__proto__ key"]
];
function emptyItemCandidate(text) {
  const re = /-[ ]*(?:#.*)?\r?$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.charCodeAt(m.index - 1);
    if (m.index === 0 || before === 10 || before === 32) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}
function declineReason(text) {
  for (const [applies, re, reason] of FAST_DECLINE) if (applies(text) && re.test(text)) return reason;
  return void 0;
}
var NEEDS_WATCH = /[&!{]|<</;
var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
var Declined = class extends Error {
};
function watchNode(event, state) {
  const s = state;
  if (typeof s.anchor === "string") throw new Declined("anchor");
  if (typeof s.tag === "string" && s.tag !== PLAIN_TAG) throw new Declined("tag");
  if (s.tag === PLAIN_TAG && s.result === "<<") throw new Declined("merge key");
  if (event === "close" && s.kind === "mapping" && s.result !== null && typeof s.result === "object" && hasOwn(s.result, "[object Object]")) {
    throw new Declined("mapping as a key");
  }
}
function warn() {
  throw new Declined("warning");
}
function parseFast(text) {
  const reason = declineReason(text);
  if (reason !== void 0) return { ok: false, reason };
  let values;
  try {
    values = loadAll(text, null, NEEDS_WATCH.test(text) ? { schema: FAST_SCHEMA, onWarning: warn, listener: watchNode } : { schema: FAST_SCHEMA, onWarning: warn });
  } catch (e) {
    return { ok: false, reason: e instanceof Declined ? e.message : "js-yaml error" };
  }
  const documents = [];
  values.forEach((value, index) => {
    if (value !== null && value !== void 0) documents.push({ index, value });
  });
  return { ok: true, documents };
}

// src/manifest/fast-positions.ts
var Unsure = class extends Error {
};
var hasOwn2 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
var SPACE = 32;
var LF = 10;
var CR = 13;
var HASH = 35;
function skipSeparation(text, p) {
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === SPACE || c === LF || c === CR) p++;
    else if (c === HASH) {
      p++;
      while (p < n && text.charCodeAt(p) !== LF && text.charCodeAt(p) !== CR) p++;
    } else break;
  }
  return p;
}
function skipSpaces(text, p) {
  while (p < text.length && text.charCodeAt(p) === SPACE) p++;
  return p;
}
function trimBack(text, start, p) {
  while (p > start) {
    const c = text.charCodeAt(p - 1);
    if (c === SPACE || c === LF || c === CR) p--;
    else break;
  }
  return p;
}
function blockScalarEnd(text, start, stop) {
  const header = text.indexOf("\n", start);
  if (header === -1) return text.length;
  const first = header + 1;
  let indent = 0;
  let i = first;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) indent++;
    else if (c === LF) indent = 0;
    else if (c !== CR || text.charCodeAt(i + 1) !== LF) break;
  }
  if (i === text.length && indent > 0) throw new Unsure("block scalar without content");
  let nl = stop >= text.length ? text.charCodeAt(text.length - 1) === LF ? text.length - 1 : text.length : text.lastIndexOf("\n", stop - 1);
  if (nl < header) throw new Unsure("block scalar end");
  for (; ; ) {
    let j = nl - 1;
    if (text.charCodeAt(j) === CR) j--;
    const last = j;
    while (text.charCodeAt(j) === SPACE) j--;
    if (j >= first && text.charCodeAt(j) === LF && last - j <= indent) nl = j;
    else break;
  }
  return Math.min(nl + 1, text.length);
}
function sameValue(a, b) {
  return Object.is(a, b);
}
function buildNode(text, kind, result, open, end, kids) {
  if (kind === null) {
    const p = skipSpaces(text, open);
    return { kind, result, pos: { value: { start: p, end: p } } };
  }
  if (kids.length === 1 && kids[0].kind === kind && sameValue(kids[0].result, result)) return kids[0];
  const start = skipSeparation(text, open);
  const c = text.charCodeAt(start);
  if (kind === "scalar") {
    if (c === 124 || c === 62) {
      if (kids.length > 1 || kids.length === 1 && kids[0].kind !== null) throw new Unsure("block scalar frames");
      return { kind, result, pos: { value: { start, end: blockScalarEnd(text, start, end) } } };
    }
    if (kids.length !== 0) throw new Unsure("scalar frames");
    if (typeof result === "object" && result !== null) throw new Unsure("scalar result");
    const stop = c === 34 || c === 39 ? end : trimBack(text, start, end);
    if (stop <= start) throw new Unsure("empty scalar");
    return { kind, result, pos: { value: { start, end: stop } } };
  }
  if (kind === "sequence") {
    if (!Array.isArray(result) || kids.length !== result.length) throw new Unsure("sequence items");
    const children2 = /* @__PURE__ */ new Map();
    let max2 = start;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid.kind === null || !sameValue(kid.result, result[i])) throw new Unsure("sequence item");
      children2.set(i, kid.pos);
      if (kid.pos.value.end > max2) max2 = kid.pos.value.end;
    }
    if (c === 91) return { kind, result, pos: { value: { start, end }, children: children2 } };
    if (c !== 45 || kids.length === 0) throw new Unsure("block sequence");
    return { kind, result, pos: { value: { start, end: max2 }, children: children2 } };
  }
  if (typeof result !== "object" || result === null || Array.isArray(result)) throw new Unsure("mapping result");
  const flow = c === 123;
  let count = kids.length;
  if (!flow && count % 2 === 1 && kids[count - 1].kind === null) count--;
  if (count % 2 !== 0 || !flow && count === 0) throw new Unsure("mapping entries");
  const children = /* @__PURE__ */ new Map();
  let max = start;
  for (let i = 0; i < count; i += 2) {
    const k = kids[i];
    const v = kids[i + 1];
    if (k.kind !== "scalar" || flow && v.kind === null) throw new Unsure("mapping entry");
    const name = String(k.result);
    if (!hasOwn2(result, name) || !sameValue(result[name], v.result) || children.has(name)) {
      throw new Unsure("mapping key");
    }
    children.set(name, { key: k.pos.value, value: v.pos.value, children: v.pos.children, alias: v.pos.alias });
    if (k.pos.value.end > max) max = k.pos.value.end;
    if (v.pos.value.end > max) max = v.pos.value.end;
  }
  if (children.size !== Object.keys(result).length) throw new Unsure("mapping size");
  return { kind, result, pos: { value: { start, end: flow ? end : max }, children } };
}
function fastPositions(text) {
  const opens = [];
  const frames = [];
  const roots = [];
  const limit = text.length;
  function listener(event, state) {
    if (event === "open") {
      opens.push(state.position);
      frames.push([]);
      return;
    }
    const s = state;
    if (typeof s.anchor === "string" || typeof s.tag === "string" && s.tag !== PLAIN_TAG) throw new Unsure("anchor or tag");
    const open = opens.pop();
    const kids = frames.pop();
    if (open === void 0 || kids === void 0) throw new Unsure("unbalanced frames");
    const kind = state.kind;
    if (kind !== null && kind !== "scalar" && kind !== "mapping" && kind !== "sequence") throw new Unsure("kind");
    const built = buildNode(text, kind, state.result, Math.min(open, limit), Math.min(state.position, limit), kids);
    const parent = frames[frames.length - 1];
    if (parent) parent.push(built);
    else roots.push(built);
  }
  try {
    const values = loadAll(text, null, { schema: FAST_SCHEMA, listener });
    if (frames.length !== 0 || roots.length !== values.length) return void 0;
    const out = /* @__PURE__ */ new Map();
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const root = roots[i];
      if (!sameValue(root.result, value ?? null)) return void 0;
      if (value !== null && value !== void 0) out.set(i, root.pos);
    }
    return out;
  } catch {
    return void 0;
  }
}

// src/manifest/simple.ts
var Decline = class extends Error {
};
var decline = (reason = "unsupported") => {
  throw new Decline(reason);
};
var SPACE2 = 32;
var LF2 = 10;
var HASH2 = 35;
var COLON = 58;
var DASH = 45;
var DQUOTE = 34;
var SQUOTE = 39;
function badStart(c) {
  return c === 63 || c === 58 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 37 || c === 64 || c === 96 || c === 45 || c === 39 || c === 34 || c === 9;
}
var Reader = class {
  constructor(s, end, track) {
    this.s = s;
    this.end = end;
    this.track = track;
  }
  s;
  end;
  track;
  p = 0;
  /** Offset of the end of the line holding `i` (its `\n`, or the end). */
  lineEnd(i) {
    const n = this.s.indexOf("\n", i);
    return n === -1 || n > this.end ? this.end : n;
  }
  /**
   * Skip blank and comment-only lines from `this.p` (at a line start); returns the indentation of the next
   * content line (`this.p` at its start), or -1 at the end.
   */
  nextLine() {
    const s = this.s;
    while (this.p < this.end) {
      let i = this.p;
      while (i < this.end && s.charCodeAt(i) === SPACE2) i++;
      if (i >= this.end) {
        this.p = this.end;
        return -1;
      }
      const c = s.charCodeAt(i);
      if (c === LF2) {
        this.p = i + 1;
        continue;
      }
      if (c === HASH2) {
        const e = this.lineEnd(i);
        this.p = e < this.end ? e + 1 : this.end;
        continue;
      }
      return i - this.p;
    }
    return -1;
  }
  /** After a value on a line: only spaces and a comment may follow (a comment needs a space before it). */
  restOfLine(i) {
    const s = this.s;
    let j = i;
    while (j < this.end && s.charCodeAt(j) === SPACE2) j++;
    if (j >= this.end) return this.end;
    const c = s.charCodeAt(j);
    if (c === LF2) return j;
    if (c === HASH2 && j > i) return this.lineEnd(j);
    return decline("text after a value");
  }
  /**
   * A value starting at `i` on its line (not a key), inside a node indented `parentIndent`: quoted, `{}`, a
   * one-line flow sequence of scalars, a literal block scalar (`|`, `|-`), or a one-line plain scalar.
   */
  scalar(i, parentIndent) {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quoted(i);
      return { value: q.value, start: q.start, end: q.end, next: this.restOfLine(q.end) };
    }
    if (c === 91) return this.flowSequence(i);
    if (c === 123) {
      if (s.charCodeAt(i + 1) !== 125) decline("flow mapping");
      const end = i + 2;
      const next = this.restOfLine(end);
      const pos = this.track ? { value: { start: i, end }, children: /* @__PURE__ */ new Map() } : void 0;
      return { value: {}, start: i, end, next, ...pos ? { pos } : {} };
    }
    if (c === 124) return this.literal(i, parentIndent);
    if (badStart(c) && !(c === DASH && s.charCodeAt(i + 1) !== SPACE2 && s.charCodeAt(i + 1) !== LF2 && i + 1 < this.end)) decline(`node start ${String.fromCharCode(c)}`);
    if (c === 63 || c === 58) decline(`node start ${String.fromCharCode(c)}`);
    const e = this.lineEnd(i);
    let j = i;
    let last = i;
    while (j < e) {
      const d = s.charCodeAt(j);
      if (d === HASH2 && s.charCodeAt(j - 1) === SPACE2) break;
      if (d === COLON && (j + 1 >= e || s.charCodeAt(j + 1) === SPACE2)) decline("colon in a plain scalar");
      if (d === 13 || d === 9) decline("control character");
      if (d !== SPACE2) last = j + 1;
      j++;
    }
    const text = s.slice(i, last);
    return { value: resolvePlainScalar(text), start: i, end: last, next: e };
  }
  /** `[a, "b", 'c']` on one line: scalars only (no nested collections, no `:`, no empty or trailing entry). */
  flowSequence(i) {
    const s = this.s;
    const e = this.lineEnd(i);
    const value = [];
    const children = this.track ? /* @__PURE__ */ new Map() : void 0;
    let j = i + 1;
    const skip = () => {
      while (j < e && s.charCodeAt(j) === SPACE2) j++;
    };
    skip();
    if (s.charCodeAt(j) !== 93) {
      for (; ; ) {
        skip();
        if (j >= e) decline("multi-line flow sequence");
        const c = s.charCodeAt(j);
        let item;
        if (c === DQUOTE || c === SQUOTE) {
          item = this.quoted(j);
        } else {
          if (badStart(c) && !(c === DASH && s.charCodeAt(j + 1) !== SPACE2 && s.charCodeAt(j + 1) !== 44 && s.charCodeAt(j + 1) !== 93)) decline("flow entry");
          let k = j;
          let last = j;
          while (k < e) {
            const d2 = s.charCodeAt(k);
            if (d2 === 44 || d2 === 93) break;
            if (d2 === 91 || d2 === 123 || d2 === 125 || d2 === COLON || d2 === 13 || d2 === HASH2 && s.charCodeAt(k - 1) === SPACE2) decline("flow entry");
            if (d2 !== SPACE2) last = k + 1;
            k++;
          }
          item = { value: resolvePlainScalar(s.slice(j, last)), start: j, end: last };
        }
        children?.set(value.length, { value: { start: item.start, end: item.end } });
        value.push(item.value);
        j = item.end;
        skip();
        const d = s.charCodeAt(j);
        if (d === 93) break;
        if (d !== 44) decline("flow sequence");
        j++;
        skip();
        if (s.charCodeAt(j) === 93) decline("trailing comma");
      }
    }
    const end = j + 1;
    return { value, start: i, end, next: this.restOfLine(end), ...children ? { pos: { value: { start: i, end }, children } } : {} };
  }
  /**
   * A literal block scalar (`|` or `|-`) whose content lines are indented more than `parentIndent`. Declined:
   * other headers, a first line that is blank, blank lines with more spaces than the content's indentation,
   * no content, and a last line without a line break.
   */
  literal(i, parentIndent) {
    const s = this.s;
    let h = i + 1;
    const strip = s.charCodeAt(h) === DASH;
    if (strip) h++;
    const header = this.restOfLine(h);
    let p = header < this.end ? header + 1 : this.end;
    let indent = -1;
    const lines = [];
    let blank = 0;
    let end = -1;
    while (p < this.end) {
      const e = this.lineEnd(p);
      let k = p;
      while (k < e && s.charCodeAt(k) === SPACE2) k++;
      if (k === e) {
        if (indent === -1 || k - p > indent) decline("blank line in a block scalar");
        blank++;
        p = e < this.end ? e + 1 : this.end;
        continue;
      }
      if (indent === -1) {
        if (k - p <= parentIndent) break;
        indent = k - p;
      } else if (k - p < indent) break;
      for (; blank > 0; blank--) lines.push("");
      lines.push(s.slice(p + indent, e));
      if (e >= this.end) decline("block scalar at the end of the text");
      end = e + 1;
      p = e + 1;
    }
    if (indent === -1) decline("empty block scalar");
    const value = lines.join("\n") + (strip ? "" : "\n");
    return { value, start: i, end, next: p > 0 && s.charCodeAt(p - 1) === LF2 ? p - 1 : this.end };
  }
  /** A quoted scalar on one line (double-quoted without escapes, single-quoted with `''`). */
  quoted(i) {
    const s = this.s;
    const q = s.charCodeAt(i);
    const e = this.lineEnd(i);
    if (q === DQUOTE) {
      const close = s.indexOf('"', i + 1);
      if (close === -1 || close >= e) decline("multi-line double-quoted");
      const text = s.slice(i + 1, close);
      if (text.includes("\\")) decline("escape in double-quoted");
      return { value: text, start: i, end: close + 1 };
    }
    let out = "";
    let j = i + 1;
    for (; ; ) {
      const close = s.indexOf("'", j);
      if (close === -1 || close >= e) decline("multi-line single-quoted");
      out += s.slice(j, close);
      if (s.charCodeAt(close + 1) === SQUOTE) {
        out += "'";
        j = close + 2;
        continue;
      }
      return { value: out, start: i, end: close + 1 };
    }
  }
  /**
   * A mapping key at `i`: its text (as kubectl turns it into a JSON key), span, and the offset after `:`.
   * Undefined when the line is not a `key:` entry.
   */
  key(i) {
    if (this.lastKeyAt === i) return this.lastKeyOk;
    this.lastKeyAt = i;
    return this.lastKeyOk = this.readKey(i);
  }
  lastKeyAt = -1;
  lastKeyOk = false;
  /** The key last read (`key` true): its JSON text, span, and the offset after its `:` (no object per key). */
  kKey = "";
  kStart = 0;
  kEnd = 0;
  kAfter = 0;
  readKey(i) {
    const s = this.s;
    const c = s.charCodeAt(i);
    const e = this.lineEnd(i);
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quoted(i);
      let j = q.end;
      while (j < e && s.charCodeAt(j) === SPACE2) j++;
      if (s.charCodeAt(j) !== COLON || j + 1 < e && s.charCodeAt(j + 1) !== SPACE2) return false;
      this.kKey = q.value;
      this.kStart = i;
      this.kEnd = q.end;
      this.kAfter = j + 1;
      return true;
    }
    if (badStart(c)) return false;
    let last = i;
    for (let j = i; j < e; j++) {
      const d = s.charCodeAt(j);
      if (d === COLON && (j + 1 >= e || s.charCodeAt(j + 1) === SPACE2)) {
        const text = s.slice(i, last);
        if (text === "<<") decline("merge key");
        this.kKey = keyToString(resolvePlainScalar(text));
        this.kStart = i;
        this.kEnd = last;
        this.kAfter = j + 1;
        return true;
      }
      if (d === HASH2 && s.charCodeAt(j - 1) === SPACE2) return false;
      if (d === 13 || d === 9) decline("control character");
      if (d !== SPACE2) last = j + 1;
    }
    return false;
  }
  /** The block node whose first content line starts at `this.p` with indentation `indent`. */
  block(indent) {
    const start = this.p + indent;
    const s = this.s;
    if (s.charCodeAt(start) === DASH && (s.charCodeAt(start + 1) === SPACE2 || s.charCodeAt(start + 1) === LF2 || start + 1 >= this.end)) return this.sequence(indent);
    if (!this.key(start)) decline("not a mapping or sequence");
    return this.mapping(indent, start);
  }
  /**
   * A block mapping at column `indent`; its first key is at `first` (the start of a line, or inside a `- `
   * line for a mapping in a sequence item).
   */
  mapping(indent, first) {
    const s = this.s;
    const value = {};
    const children = this.track ? /* @__PURE__ */ new Map() : void 0;
    let mapEnd = first;
    let at = first;
    let entries = 0;
    for (; ; ) {
      if (!this.key(at)) decline("not a key");
      const kKey = this.kKey;
      const kStart = this.kStart;
      const kEnd = this.kEnd;
      const kAfter = this.kAfter;
      entries++;
      let i = kAfter;
      while (i < this.end && s.charCodeAt(i) === SPACE2) i++;
      const c = i < this.end ? s.charCodeAt(i) : LF2;
      let v;
      let vpos;
      if (c === LF2 || c === HASH2) {
        const emptyAt = i;
        if (c === HASH2 && i === kAfter) decline("comment after colon");
        const e = this.lineEnd(i);
        this.p = e < this.end ? e + 1 : this.end;
        const save2 = this.p;
        const next2 = this.nextLine();
        const lineStart = this.p;
        if (next2 > indent) {
          const r = this.block(next2);
          v = r.value;
          vpos = r.pos;
        } else if (next2 === indent && s.charCodeAt(lineStart + next2) === DASH && (s.charCodeAt(lineStart + next2 + 1) === SPACE2 || s.charCodeAt(lineStart + next2 + 1) === LF2)) {
          const r = this.sequence(next2);
          v = r.value;
          vpos = r.pos;
        } else {
          v = null;
          vpos = this.track ? { value: { start: emptyAt, end: emptyAt } } : void 0;
          this.p = save2;
        }
      } else {
        const r = this.scalar(i, indent);
        v = r.value;
        vpos = this.track ? r.pos ?? { value: { start: r.start, end: r.end } } : void 0;
        this.p = r.next < this.end ? r.next + 1 : this.end;
      }
      value[kKey] = v;
      if (children && vpos) {
        children.set(kKey, { key: { start: kStart, end: kEnd }, value: vpos.value, children: vpos.children, alias: vpos.alias });
        mapEnd = Math.max(mapEnd, vpos.value.end, kEnd);
      }
      const save = this.p;
      const next = this.nextLine();
      if (next === indent) {
        at = this.p + next;
        continue;
      }
      if (next > indent) decline("indentation");
      this.p = save;
      break;
    }
    if (Object.keys(value).length !== entries) decline("duplicate key");
    return children ? { value, pos: { value: { start: first, end: mapEnd }, children } } : { value };
  }
  /** A block sequence whose first `-` is at `this.p + indent` (a line start). */
  sequence(indent) {
    const s = this.s;
    const value = [];
    const children = this.track ? /* @__PURE__ */ new Map() : void 0;
    const start = this.p + indent;
    let seqEnd = start;
    for (; ; ) {
      const dash = this.p + indent;
      if (s.charCodeAt(dash) !== DASH) decline("sequence");
      let i = dash + 1;
      if (i < this.end && s.charCodeAt(i) !== SPACE2 && s.charCodeAt(i) !== LF2) decline("sequence item");
      while (i < this.end && s.charCodeAt(i) === SPACE2) i++;
      const c = i < this.end ? s.charCodeAt(i) : LF2;
      let r;
      if (c === LF2 || c === HASH2) {
        if (c === HASH2 && i === dash + 1) decline("empty item");
        const e = this.lineEnd(i);
        this.p = e < this.end ? e + 1 : this.end;
        const next2 = this.nextLine();
        if (next2 <= indent) decline("empty item");
        r = this.block(next2);
      } else if (c === DASH && (s.charCodeAt(i + 1) === SPACE2 || s.charCodeAt(i + 1) === LF2)) {
        return decline("nested sequence");
      } else if (this.key(i)) {
        r = this.mapping(i - this.p, i);
      } else {
        const sc = this.scalar(i, indent);
        r = this.track ? { value: sc.value, pos: sc.pos ?? { value: { start: sc.start, end: sc.end } } } : { value: sc.value };
        this.p = sc.next < this.end ? sc.next + 1 : this.end;
      }
      if (children && r.pos) {
        children.set(value.length, r.pos);
        seqEnd = Math.max(seqEnd, r.pos.value.end);
      }
      value.push(r.value);
      const save = this.p;
      const next = this.nextLine();
      if (next === indent && s.charCodeAt(this.p + next) === DASH) continue;
      if (next > indent) decline("indentation");
      this.p = save;
      break;
    }
    return children ? { value, pos: { value: { start, end: seqEnd }, children } } : { value };
  }
  /** The document in [p, end): null when it holds only comments, else a root mapping or sequence. */
  document() {
    const indent = this.nextLine();
    if (indent === -1) return { value: null };
    if (indent !== 0) decline("indented root");
    const r = this.block(0);
    if (this.nextLine() !== -1) decline("content after the root");
    return r;
  }
  setStart(p) {
    this.p = p;
  }
};
function isDocumentStart(s, i) {
  if (s.charCodeAt(i) !== DASH || s.charCodeAt(i + 1) !== DASH || s.charCodeAt(i + 2) !== DASH) return false;
  const c = s.charCodeAt(i + 3);
  if (Number.isNaN(c) || c === LF2) return true;
  if (c !== SPACE2) return false;
  let j = i + 3;
  while (s.charCodeAt(j) === SPACE2) j++;
  const d = s.charCodeAt(j);
  return Number.isNaN(d) || d === LF2 || d === HASH2;
}
var REFUSE = /[\t\r\uFEFF\u0085\u2028\u2029]|__proto__|^\.\.\./m;
function readSimple(text, track = false) {
  if (REFUSE.test(text)) return void 0;
  const starts = [];
  if (isDocumentStart(text, 0)) starts.push(0);
  for (let i = text.indexOf("\n---"); i !== -1; i = text.indexOf("\n---", i + 1)) if (isDocumentStart(text, i + 1)) starts.push(i + 1);
  const bodies = [];
  let from = 0;
  for (const st of starts) {
    bodies.push([from, st]);
    const e = text.indexOf("\n", st);
    from = e === -1 ? text.length : e + 1;
  }
  bodies.push([from, text.length]);
  try {
    const out = [];
    let index = 0;
    bodies.forEach(([a, b], n) => {
      const reader = new Reader(text, b, track);
      reader.setStart(a);
      const doc = reader.document();
      if (n === 0 && starts.length > 0 && doc.value === null) return;
      if (doc.value !== null) out.push({ index, value: doc.value, ...doc.pos ? { pos: doc.pos } : {} });
      index++;
    });
    return out;
  } catch (e) {
    if (e instanceof Decline) return void 0;
    throw e;
  }
}

// src/k8s/pod-spec.ts
function apiGroup(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i === -1 ? "" : apiVersion.slice(0, i);
}
var POD_BEARING_KINDS = {
  Pod: { groups: [""], template: [] },
  PodTemplate: { groups: [""], template: ["template"] },
  ReplicationController: { groups: [""], template: ["spec", "template"] },
  ReplicaSet: { groups: ["apps", "extensions"], template: ["spec", "template"] },
  Deployment: { groups: ["apps", "extensions"], template: ["spec", "template"] },
  StatefulSet: { groups: ["apps"], template: ["spec", "template"] },
  DaemonSet: { groups: ["apps", "extensions"], template: ["spec", "template"] },
  Job: { groups: ["batch"], template: ["spec", "template"] },
  CronJob: { groups: ["batch"], template: ["spec", "jobTemplate", "spec", "template"] }
};
var ALWAYS_RESTART_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "ReplicationController"]);
function isPodBearing(apiVersion, kind) {
  const k = POD_BEARING_KINDS[kind];
  return k !== void 0 && k.groups.includes(apiGroup(apiVersion));
}
var LISTS = ["containers", "initContainers", "ephemeralContainers"];
function roleOf(list, c) {
  if (list === "containers") return "app";
  if (list === "ephemeralContainers") return "ephemeral";
  return c["restartPolicy"] === "Always" ? "sidecar" : "init";
}
var Container = class {
  node;
  role;
  list;
  index;
  name;
  path;
  constructor(node, list, index, path) {
    this.node = node;
    this.role = roleOf(list, node);
    this.list = list;
    this.index = index;
    this.name = str(node["name"]);
    this.path = path;
  }
  at(...segments) {
    return [...this.path, ...segments];
  }
  /** Derived data of this container (see derivedData); private, so that it is invisible to comparisons and JSON. */
  #derived = void 0;
  static derived(c, make) {
    return c.#derived ??= make();
  }
};
function listContainers(spec, specPath) {
  const out = [];
  for (const list of LISTS) {
    const items = arr(spec[list]);
    for (let index = 0; index < items.length; index++) {
      const c = items[index];
      if (!isRecord(c)) continue;
      out.push(new Container(c, list, index, [...specPath, list, index]));
    }
  }
  return out;
}
var PodSpec = class {
  kind;
  spec;
  path;
  metadata;
  metadataPath;
  isTemplate;
  containers;
  constructor(kind, spec, path, metadata, metadataPath) {
    this.kind = kind;
    this.spec = spec;
    this.path = path;
    this.metadata = metadata;
    this.metadataPath = metadataPath;
    this.isTemplate = kind !== "Pod";
    this.containers = listContainers(spec, path);
  }
  at(...segments) {
    return [...this.path, ...segments];
  }
  #derived = void 0;
  static derived(p, make) {
    return p.#derived ??= make();
  }
  #policy = void 0;
  static policy(p, make) {
    return p.#policy ??= make();
  }
};
var derivedElsewhere = /* @__PURE__ */ new WeakMap();
function derivedData(info, make) {
  if (info instanceof Container) return Container.derived(info, make);
  if (info instanceof PodSpec) return PodSpec.derived(info, make);
  let data = derivedElsewhere.get(info);
  if (data === void 0) {
    data = make();
    derivedElsewhere.set(info, data);
  }
  return data;
}
var policyElsewhere = /* @__PURE__ */ new WeakMap();
function podPolicyData(pod, make) {
  if (pod instanceof PodSpec) return PodSpec.policy(pod, make);
  let data = policyElsewhere.get(pod);
  if (data === void 0) {
    data = make();
    policyElsewhere.set(pod, data);
  }
  return data;
}
function getPodSpec(obj) {
  const kind = str(obj["kind"]);
  const apiVersion = str(obj["apiVersion"]);
  if (kind === void 0 || apiVersion === void 0 || !isPodBearing(apiVersion, kind)) return void 0;
  const templatePath = POD_BEARING_KINDS[kind].template;
  let template = obj;
  for (const seg of templatePath) template = rec(template)?.[seg];
  const t = rec(template);
  const spec = rec(t?.["spec"]);
  if (!t || !spec) return void 0;
  return new PodSpec(kind, spec, [...templatePath, "spec"], rec(t["metadata"]) ?? {}, [...templatePath, "metadata"]);
}

// src/manifest/comments.ts
var import_yaml = __toESM(require_dist(), 1);
var DIRECTIVE = /^#\s*podlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;
function collect(node, comments, markers) {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, comments, markers);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const t = node;
  if (typeof t.offset === "number" && typeof t.source === "string") {
    if (t.type === "comment") comments.push({ offset: t.offset, source: t.source });
    else if (t.type === "doc-start" || t.type === "doc-end") markers.push(t.offset);
  }
  for (const v of Object.values(node)) if (typeof v === "object" && v !== null) collect(v, comments, markers);
}
function scanComments(rawText) {
  const text = stripBom(rawText);
  const lines = new LineIndex(text);
  const found = [];
  const markers = [];
  try {
    for (const token of new import_yaml.Parser().parse(text)) collect(token, found, markers);
  } catch {
    return { comments: [], markerLines: [], lines };
  }
  found.sort((a, b) => a.offset - b.offset);
  const comments = found.map(({ offset, source }) => {
    const start = lines.position(offset);
    const end = lines.position(offset + source.length);
    const lineStart = offset - (start.column - 1);
    return {
      text: source,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ownLine: text.slice(lineStart, offset).trim() === ""
    };
  });
  return { comments, markerLines: [...new Set(markers.map((o) => lines.position(o).line))].sort((a, b) => a - b), lines };
}
function parseBody(body) {
  const m = /(?:^|\s)--(?:\s|$)/.exec(body);
  const ids = m ? body.slice(0, m.index) : body;
  const reason = m ? body.slice(m.index + m[0].length).trim() : void 0;
  const rules = ids.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s !== "");
  return { rules: rules.length === 0 ? ["*"] : rules, reason: reason === "" ? void 0 : reason };
}
function scanSuppressions(rawText) {
  if (!rawText.includes("podlint-")) return [];
  const { comments, markerLines } = scanComments(rawText);
  const directives = comments.filter((c) => DIRECTIVE.test(c.text));
  if (directives.length === 0) return [];
  const text = stripBom(rawText);
  const sourceLines = text.split("\n");
  const commentOnly = new Set(comments.filter((c) => c.ownLine).map((c) => c.line));
  const isContent = (line) => {
    const l = sourceLines[line - 1];
    return l !== void 0 && l.trim() !== "" && !commentOnly.has(line);
  };
  const nextContentLine = (after) => {
    for (let l = after + 1; l <= sourceLines.length; l++) if (isContent(l)) return l;
    return void 0;
  };
  const documentEnd = (from) => {
    const first = isContent(from) ? from : nextContentLine(from);
    if (first === void 0) return sourceLines.length;
    const marker = markerLines.find((m) => m > first);
    return marker === void 0 ? sourceLines.length : marker - 1;
  };
  const out = [];
  const open = [];
  for (const c of directives) {
    const m = DIRECTIVE.exec(c.text);
    const kind = m[1];
    const { rules, reason } = parseBody(m[2] ?? "");
    const base = { rules, reason, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, text: c.text };
    if (kind === "enable") {
      const all = rules.includes("*");
      for (let i = open.length - 1; i >= 0; i--) {
        const region = open[i];
        if (all) {
          region.toLine = Math.min(region.toLine, c.line);
          open.splice(i, 1);
          continue;
        }
        const closing = region.rules.filter((r) => rules.includes(r));
        if (closing.length === 0) continue;
        if (closing.length === region.rules.length) {
          region.toLine = Math.min(region.toLine, c.line);
          open.splice(i, 1);
        } else {
          region.rules = region.rules.filter((r) => !rules.includes(r));
          out.push({ ...region, rules: closing, toLine: Math.min(region.toLine, c.line) });
        }
      }
      continue;
    }
    if (kind === "disable-line") {
      out.push({ kind, ...base, fromLine: c.line, toLine: c.line });
    } else if (kind === "disable-next-line") {
      const target = nextContentLine(c.line) ?? c.line + 1;
      out.push({ kind, ...base, fromLine: target, toLine: target });
    } else {
      const region = { kind, ...base, fromLine: c.line, toLine: documentEnd(c.line) };
      out.push(region);
      open.push(region);
    }
  }
  return out;
}

// src/core/engine.ts
function textMayHold(text, kind) {
  const re = new RegExp(`\\b(?:${kind.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}|binary)\\b|\\\\`);
  return re.test(text);
}
function runOf(objects) {
  const byKind = /* @__PURE__ */ new Map();
  return {
    objects,
    objectsOf(kind) {
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, list = objects.filter((o) => o.kind === kind));
      return list;
    }
  };
}
var StreamRun = class {
  /** `candidates`: for some kinds, the indexes of the only sources that may hold them (found beforehand). */
  constructor(sources, scratch, candidates) {
    this.sources = sources;
    this.scratch = scratch;
    this.candidates = candidates;
  }
  sources;
  scratch;
  candidates;
  byKind = /* @__PURE__ */ new Map();
  all;
  read(accept, keep) {
    const session = this.scratch();
    const out = [];
    for (const [index, source] of this.sources.entries()) {
      if (!accept(source, index)) continue;
      const file = source.peek();
      if (!file) continue;
      for (const o of session.addFile(file)) if (keep(o)) out.push(objectInfo(o));
    }
    return out;
  }
  objectsOf(kind) {
    let list = this.byKind.get(kind);
    if (!list) {
      const known = this.candidates?.get(kind);
      const accept = known ? (_s, i) => known.has(i) : (s) => s.mayHold(kind);
      list = this.all ? this.all.filter((o) => o.kind === kind) : this.read(accept, (o) => o.kind === kind);
      this.byKind.set(kind, list);
    }
    return list;
  }
  get objects() {
    return this.all ??= this.read(() => true, () => true);
  }
};
function textSource(file) {
  return { path: file.path, mayHold: (kind) => textMayHold(file.text, kind), peek: () => file, read: () => file };
}
var fastPathEnabled = true;
var NO_POSITION = { value: { start: 0, end: 0 } };
function objectInfo(o) {
  return { value: o.value, apiVersion: o.apiVersion, kind: o.kind, name: o.name, namespace: o.namespace, file: o.file, document: o.document, basePath: o.basePath, podSpec: o.podSpec };
}
var LazyPositions = class {
  /** `simple`: the text was read by readSimple, which gives its positions too. */
  constructor(text, simple = false) {
    this.simple = simple;
    this.text = text;
  }
  simple;
  text;
  lineIndex;
  byDocument;
  get lines() {
    return this.lineIndex ??= new LineIndex(stripBom(this.text ?? ""));
  }
  pos(document) {
    if (!this.byDocument) {
      const text = this.text ?? "";
      const simple = this.simple ? readSimple(text, true) : void 0;
      this.byDocument = simple ? new Map(simple.map((d) => [d.index, d.pos ?? NO_POSITION])) : fastPositions(text);
      if (!this.byDocument) {
        const parsed = parseManifest(text);
        this.lineIndex ??= parsed.lines;
        this.byDocument = new Map(parsed.documents.map((d) => [d.index, d.pos]));
      }
      this.lineIndex ??= new LineIndex(stripBom(text));
      this.text = void 0;
    }
    return this.byDocument.get(document) ?? NO_POSITION;
  }
};
var Context = class {
  #session;
  #enabled;
  #previous;
  object;
  run;
  constructor(session, enabled, object, run, previous) {
    this.#session = session;
    this.#enabled = enabled;
    this.#previous = previous;
    this.object = object;
    this.run = run;
  }
  get id() {
    return this.#enabled.rule.id;
  }
  get options() {
    return this.#enabled.options;
  }
  get settings() {
    return this.object.config.settings;
  }
  get report() {
    return (d) => this.#session.addReport(this.#enabled, this.object, d, this.#previous);
  }
};
var Loaded = class {
  constructor(value, file, doc, basePath, config) {
    this.value = value;
    this.file = file;
    this.basePath = basePath;
    this.config = config;
    this.apiVersion = value["apiVersion"];
    this.kind = value["kind"];
    this.name = str(dig(value, "metadata", "name"));
    this.namespace = str(dig(value, "metadata", "namespace"));
    this.document = doc.index;
    this.podSpec = getPodSpec(value);
    this.#doc = doc;
  }
  value;
  file;
  basePath;
  config;
  apiVersion;
  kind;
  name;
  namespace;
  document;
  podSpec;
  #doc;
  get pos() {
    return this.#doc.pos();
  }
  get lines() {
    return this.#doc.lines();
  }
};
function objectRef(o) {
  const ref = { apiVersion: o.apiVersion, kind: o.kind };
  if (o.namespace !== void 0) ref.namespace = o.namespace;
  if (o.name !== void 0) ref.name = o.name;
  return ref;
}
function ruleCrash(ruleId, object, cause) {
  const what = `${object.kind}${object.name ? ` "${object.name}"` : ""} in ${object.file}`;
  return new Error(`rule "${ruleId}" crashed on ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
}
function isObjectDoc(v) {
  return isRecord(v) && typeof v["apiVersion"] === "string" && typeof v["kind"] === "string" && v["apiVersion"] !== "" && v["kind"] !== "";
}
var preparedRules = /* @__PURE__ */ new WeakMap();
var activeByConfig = /* @__PURE__ */ new WeakMap();
var VALUE_POS = { value: { start: 0, end: 0 } };
var VALUE_LINES = new LineIndex("");
var valuePos = () => VALUE_POS;
var valueLines = () => VALUE_LINES;
var LintSession = class _LintSession {
  /** `freeze`: deep-freeze every object before rules see it (the RuleTester uses it to catch mutation). */
  constructor(rules, resolver, options = {}) {
    this.options = options;
    let prepared = preparedRules.get(rules);
    if (!prepared) {
      const all = withSyntaxRules(rules);
      preparedRules.set(rules, prepared = { rules: all, ids: new Set(all.map((r) => r.id)) });
    }
    this.rules = prepared.rules;
    this.ruleIds = prepared.ids;
    this.resolver = resolver;
  }
  options;
  rules;
  ruleIds;
  resolver;
  findings = [];
  fileOrder = /* @__PURE__ */ new Map();
  stats = { files: 0, documents: 0, objects: 0, skipped: 0 };
  /** Suppression bookkeeping: inline directives per file, linted objects, the object of each rule finding. */
  inline = /* @__PURE__ */ new Map();
  linted = /* @__PURE__ */ new Set();
  objectOfFinding = /* @__PURE__ */ new Map();
  fileConfigs = /* @__PURE__ */ new Map();
  /** Findings before this index already had their in-source and config suppressions applied (`settle`). */
  settled = 0;
  /** Findings of the `suppression` rule made while settling. */
  problems = [];
  suppressorOf;
  enabled(config, id) {
    return config.rules.find((r) => r.rule.id === id);
  }
  pushSyntax(file, config, ruleId, messageId, data, lines, span) {
    const enabled = this.enabled(config, ruleId);
    if (!enabled) return;
    const rule = enabled.rule;
    const template = rule.meta.messages[messageId] ?? "{{message}}";
    const region = lines ? lines.region(span) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    this.findings.push({
      ruleId,
      category: rule.meta.category,
      severity: enabled.severity,
      message: interpolate(template, data),
      file: file.path,
      ...region,
      path: typeof data["path"] === "string" ? data["path"] : "",
      messageId
    });
  }
  /** Parse a file and return its objects; syntax problems become findings. Never throws on bad input. */
  addFile(file) {
    if (!this.fileOrder.has(file.path)) this.fileOrder.set(file.path, this.fileOrder.size);
    this.stats.files++;
    const config = this.resolver.resolve(file.configPath ?? file.path);
    this.fileConfigs.set(file.path, { config, configPath: file.configPath ?? file.path });
    const size = file.size ?? file.text.length;
    if (size > this.resolver.maxFileSize) {
      this.pushSyntax(file, config, parseErrorRule.id, "tooLarge", { size, limit: this.resolver.maxFileSize }, void 0, { start: 0, end: 0 });
      return [];
    }
    const directives = scanSuppressions(file.text);
    if (directives.length > 0) this.inline.set(file.path, [...this.inline.get(file.path) ?? [], ...directives]);
    const useFast = this.options.fastPath ?? fastPathEnabled;
    const simple = useFast ? readSimple(file.text) : void 0;
    const fast = simple ? { ok: true, documents: simple } : useFast ? parseFast(file.text) : void 0;
    if (fast?.ok) {
      const positions = new LazyPositions(file.text, simple !== void 0);
      const lines = () => positions.lines;
      const objects2 = [];
      for (const doc of fast.documents) {
        this.stats.documents++;
        objects2.push(...this.loadDocument(file, config, { index: doc.index, value: doc.value, pos: () => positions.pos(doc.index), lines }));
      }
      this.stats.objects += objects2.length;
      return objects2;
    }
    const parsed = parseManifest(file.text);
    for (const err of parsed.errors) {
      const aliasing = /aliasing|contains itself/.test(err.message);
      this.pushSyntax(file, config, parseErrorRule.id, aliasing ? "aliasing" : "syntax", { message: err.message.replace(/\.$/, "") }, parsed.lines, err.span);
    }
    const objects = [];
    for (const doc of parsed.documents) {
      if (doc.value === null) continue;
      this.stats.documents++;
      for (const p of doc.problems) {
        const key = String(p.path[p.path.length - 1]);
        this.pushSyntax(file, config, duplicateKeyRule.id, "duplicate", { message: p.message, key, path: formatPath(p.path) }, parsed.lines, p.span);
      }
      objects.push(...this.loadDocument(file, config, { index: doc.index, value: doc.value, pos: () => doc.pos, lines: () => parsed.lines }));
    }
    this.stats.objects += objects.length;
    return objects;
  }
  /** The objects of one (non-null) document; a document holding none counts as skipped. */
  loadDocument(file, config, doc) {
    const found = this.objectsOf(doc.value);
    if (found.length === 0) {
      this.stats.skipped++;
      return [];
    }
    return found.map(({ value, basePath }) => {
      if (this.options.freeze) deepFreeze(value);
      return this.loadObject(file, config, doc, value, basePath);
    });
  }
  /**
   * Add an already-parsed object (the webhook's AdmissionReview `object`): no text is re-serialised or
   * re-parsed. Findings on it carry the field path; their line and column are 1:1 (there is no source).
   */
  addValue(value, name) {
    if (!this.fileOrder.has(name)) this.fileOrder.set(name, this.fileOrder.size);
    this.stats.files++;
    const config = this.resolver.resolve(name);
    this.fileConfigs.set(name, { config, configPath: name });
    if (value === null) return [];
    this.stats.documents++;
    const objects = this.loadDocument({ path: name, text: "" }, config, { index: 0, value, pos: valuePos, lines: valueLines });
    this.stats.objects += objects.length;
    return objects;
  }
  objectsOf(doc) {
    if (!isObjectDoc(doc)) return [];
    const kind = doc["kind"];
    const items = doc["items"];
    if (kind.endsWith("List") && Array.isArray(items)) {
      const out = [];
      items.forEach((item, i) => {
        if (isObjectDoc(item)) out.push({ value: item, basePath: ["items", i] });
      });
      return out;
    }
    return [{ value: doc, basePath: [] }];
  }
  loadObject(file, config, doc, value, basePath) {
    return new Loaded(value, file.path, doc, basePath, config);
  }
  /** Build a located finding for a report made by a rule on `object`. */
  locateFinding(enabled, object, d, previous) {
    const rule = enabled.rule;
    const pathText = formatPath(d.path);
    const template = rule.meta.messages[d.messageId];
    if (template === void 0) throw new Error(`rule "${rule.id}" reported unknown messageId "${d.messageId}"`);
    const span = locate(object.pos, [...object.basePath, ...d.path]);
    const finding = {
      ruleId: rule.id,
      category: rule.meta.category,
      severity: d.severity ?? enabled.severity,
      message: interpolate(template, { path: pathText, ...d.data }),
      file: object.file,
      ...object.lines.region(span),
      path: pathText,
      object: objectRef(object),
      messageId: d.messageId
    };
    if (rule.meta.podSecurity) finding.podSecurity = { level: rule.meta.podSecurity.level, check: rule.meta.podSecurity.check };
    if (previous && d.previousPath) {
      const at = previous.lines.position(locate(previous.pos, [...previous.basePath, ...d.previousPath]).start);
      const prev = { file: previous.file, line: at.line, column: at.column, value: dig(previous.value, ...d.previousPath) ?? null };
      finding.previous = prev;
    }
    return finding;
  }
  context(enabled, object, run, previous) {
    return new Context(this, enabled, object, run, previous);
  }
  /** @internal A rule's report (through its Context): locate it and keep it. */
  addReport(enabled, object, d, previous) {
    const finding = this.locateFinding(enabled, object, d, previous);
    this.objectOfFinding.set(finding, object);
    this.findings.push(finding);
  }
  activeRules(object, phase) {
    let byPhase = activeByConfig.get(object.config);
    if (!byPhase) activeByConfig.set(object.config, byPhase = /* @__PURE__ */ new Map());
    let rules = byPhase.get(phase);
    if (!rules) byPhase.set(phase, rules = _LintSession.computeActiveRules(object.config, phase));
    return rules;
  }
  static computeActiveRules(config, phase) {
    const version = config.settings.kubernetesVersion;
    return config.rules.filter((e) => {
      const m = e.rule.meta;
      if (m.category === "syntax" && (e.rule.id === parseErrorRule.id || e.rule.id === duplicateKeyRule.id)) return false;
      if (e.rule.id === SUPPRESSION_RULE_ID) return false;
      if (!inRange(version, m.kubernetes)) return false;
      const rulePhase = m.phase ?? "always";
      if (phase === "pair") return rulePhase !== "create";
      if (rulePhase === "update") return false;
      if (phase === "update" && rulePhase === "create") return false;
      return true;
    });
  }
  static visit(visitors, object) {
    visitors.object?.(object);
    const pod = object.podSpec;
    if (pod && (visitors.podSpec || visitors.container)) {
      visitors.podSpec?.(pod);
      if (visitors.container) for (const c of pod.containers) visitors.container(c, pod);
    }
  }
  /** Run the object rules on each object. `phase: 'update'` skips checks that apply only on create. */
  lintObjects(objects, run = runOf(objects), phase = "create") {
    for (const object of objects) this.linted.add(object);
    this.runRules(objects, run, phase);
  }
  runRules(objects, run, phase) {
    for (const object of objects) {
      for (const enabled of this.activeRules(object, phase)) {
        try {
          const visitors = enabled.rule.create(this.context(enabled, object, run));
          _LintSession.visit(visitors, object);
        } catch (e) {
          throw ruleCrash(enabled.rule.id, object, e);
        }
      }
    }
  }
  /** Give a file its place in the report's order before it is read (files are reported in this order). */
  registerFile(path) {
    if (!this.fileOrder.has(path)) this.fileOrder.set(path, this.fileOrder.size);
  }
  /**
   * Lint a run of files, streaming: each file is read, linted and settled (positions and in-source
   * suppressions applied) and its objects are dropped. Rules that look across the run read other files on
   * demand (`run.objectsOf(kind)` reads only files that may hold the kind). The report is the same as
   * `addFile` for every file, then `lintObjects` on all their objects, then `report()`.
   */
  lintRun(sources) {
    for (const s of sources) this.registerFile(s.path);
    const run = this.streamRun(sources);
    for (const source of sources) this.lintSource(source, run);
    return this.report();
  }
  /**
   * The RunInfo of a streaming run over these sources (see `lintRun`). `candidates`: for some kinds, the
   * indexes of the only sources that may hold them (a worker thread gets them from the main thread).
   */
  streamRun(sources, candidates) {
    return new StreamRun(sources, () => new _LintSession(this.rules, this.resolver, this.options), candidates);
  }
  /** The kinds this session's rules say they read across the run (`meta.runObjects`). */
  runObjectKinds() {
    return [...new Set(this.rules.flatMap((r) => r.meta.runObjects ?? []))];
  }
  /** Read, lint and settle one source of a streaming run (a file that cannot be read is settled alone). */
  lintSource(source, run) {
    const file = source.read();
    if (file) this.lintFile(file, run);
    else this.settle(/* @__PURE__ */ new Set([source.path]), []);
  }
  /**
   * Hand over the settled findings and suppression problems made so far (a worker thread sends them to the
   * session that reports, which takes them with `addSettled` in file order).
   */
  takeSettled() {
    const findings = this.findings.splice(0, this.settled);
    this.settled = 0;
    return { findings, problems: this.problems.splice(0) };
  }
  /** Take findings settled by another session of the same run (in the order they were made). */
  addSettled(part) {
    if (this.settled < this.findings.length) throw new Error("addSettled: this session has unsettled findings");
    for (const f of part.findings) this.findings.push(f);
    this.settled = this.findings.length;
    for (const p of part.problems) this.problems.push(p);
  }
  /** What this session has counted and which config suppressions it used (to merge into another session). */
  tally() {
    return { stats: { ...this.stats }, usedConfig: this.suppressor.usedConfig() };
  }
  /** Merge another session's tally (see `tally`). */
  addTally(t) {
    this.stats.files += t.stats.files;
    this.stats.documents += t.stats.documents;
    this.stats.objects += t.stats.objects;
    this.stats.skipped += t.stats.skipped;
    this.suppressor.addUsedConfig(t.usedConfig);
  }
  /** Read, lint and settle one file against the given run (see `lintRun`); its objects are not kept. */
  lintFile(file, run) {
    const from = this.findings.length;
    const objects = this.addFile(file);
    this.runRules(objects, run, "create");
    if (this.findings.length > from || this.inline.has(file.path) || objects.length > 0) this.settle(/* @__PURE__ */ new Set([file.path]), objects);
  }
  get suppressor() {
    return this.suppressorOf ??= new Suppressor({
      configPathOf: (file) => this.fileConfigs.get(file)?.configPath ?? file,
      knownRules: this.ruleIds,
      settings: this.resolver.suppressionSettings,
      severityFor: (file) => this.enabled(this.fileConfigs.get(file)?.config ?? this.resolver.resolve(file), SUPPRESSION_RULE_ID)?.severity
    });
  }
  /**
   * Apply the in-source suppressions of these files and objects, and the config entries, to the findings made
   * since the last settle; the files' directives are then forgotten.
   */
  settle(files, objects) {
    const inline = /* @__PURE__ */ new Map();
    for (const file of files) {
      const directives = this.inline.get(file);
      if (directives) inline.set(file, directives);
      this.inline.delete(file);
    }
    const { findings, problems } = this.suppressor.applyGroup({
      findings: this.findings.slice(this.settled),
      objects,
      objectOf: (f) => this.objectOfFinding.get(f),
      inline,
      regionOf: (object, path) => {
        const o = object;
        return o.lines.region(locate(o.pos, [...o.basePath, ...path]));
      }
    });
    for (let i = 0; i < findings.length; i++) {
      this.objectOfFinding.delete(this.findings[this.settled + i]);
      this.findings[this.settled + i] = findings[i];
    }
    this.settled = this.findings.length;
    this.problems.push(...problems);
  }
  /** Run the update rules on an old/new pair; findings sit in the new object, with the old position. */
  lintUpdate(previous, current, run, subresource) {
    const update = subresource ? { previous, current, subresource } : { previous, current };
    this.linted.add(current);
    for (const enabled of this.activeRules(current, "pair")) {
      try {
        const visitors = enabled.rule.create(this.context(enabled, current, run, previous));
        visitors.update?.(update);
      } catch (e) {
        throw ruleCrash(enabled.rule.id, current, e);
      }
    }
  }
  /** Add an already-made finding (e.g. an internal error on one file). */
  addFinding(finding) {
    if (!this.fileOrder.has(finding.file)) this.fileOrder.set(finding.file, this.fileOrder.size);
    this.findings.push(finding);
  }
  /**
   * The sorted findings and the summary. Suppressions (inline comments, annotations, config `ignores`, a
   * baseline) are applied here: suppressed findings stay in the list with `suppressed` set and count in
   * `summary.suppressed`, not in errors/warnings/infos; problems with suppressions are `suppression` findings.
   */
  report() {
    if (this.settled < this.findings.length || this.linted.size > 0) {
      const linted = [...this.linted];
      const relevant = /* @__PURE__ */ new Set();
      for (const o of linted) relevant.add(o.file);
      for (let i = this.settled; i < this.findings.length; i++) relevant.add(this.findings[i].file);
      this.settle(relevant, linted);
      this.linted.clear();
    }
    const end = this.suppressor.finish(this.findings);
    const problems = [...this.problems, ...end.problems];
    for (const p of problems) if (!this.fileOrder.has(p.file)) this.fileOrder.set(p.file, this.fileOrder.size);
    const findings = [...end.findings, ...problems].sort((a, b) => compareFindings(a, b, this.fileOrder));
    const { errors, warnings, infos } = countSeverities(findings);
    return {
      kubernetesVersion: formatVersion(this.resolver.kubernetesVersion),
      findings,
      // Written out: spreading objects here cost more than the rest of a webhook review's report.
      summary: {
        files: this.stats.files,
        documents: this.stats.documents,
        objects: this.stats.objects,
        skipped: this.stats.skipped,
        errors,
        warnings,
        infos,
        suppressed: findings.filter((f) => f.suppressed).length
      }
    };
  }
};
function lintSources(files, rules, resolver) {
  return new LintSession(rules, resolver).lintRun(files.map(textSource));
}

export {
  apiGroup,
  POD_BEARING_KINDS,
  ALWAYS_RESTART_KINDS,
  derivedData,
  podPolicyData,
  withSyntaxRules,
  textSource,
  LintSession,
  lintSources
};

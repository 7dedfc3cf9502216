import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  ALWAYS_RESTART_KINDS,
  LintSession,
  POD_BEARING_KINDS,
  apiGroup,
  derivedData,
  podPolicyData,
  textSource,
  withSyntaxRules
} from "./chunk-VHOVBTH4.js";
import {
  ConfigResolver,
  PodlintError,
  arr,
  atLeast,
  bool,
  compareVersions,
  defineRule,
  dig,
  formatPath,
  formatVersion,
  isRecord,
  needsSchemaCompiler,
  num,
  rec,
  require_dist,
  runObjectsOf,
  str,
  validateConfig
} from "./chunk-L4C4UO3S.js";
import {
  __commonJS,
  __toESM
} from "./chunk-QDJ5KUSK.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY3 = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY3;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY3;
      let prev = EMPTY3;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY3;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY3;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY3;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY3 ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY3;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY3;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required2]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required2 !== UNDEFINED && prev.indexOf(required2) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path5) => {
      const end = path5.length - 1;
      const index = path5.lastIndexOf(
        SLASH,
        path5[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path5 : path5.slice(index + 1);
    };
    var parentOf = (path5) => {
      if (path5.charCodeAt(0) === SLASH_CODE || path5.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path5.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY3;
      }
      const end = path5.length - 1;
      const cut = path5.lastIndexOf(
        SLASH,
        path5.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY3 : path5.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path5) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path5)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path5, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path5) : path5;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path5
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path5, originalPath, doThrow) => {
      if (!isString(path5)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path5) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path5)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path5) => {
      const first = path5.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path5.length === 1) {
        return true;
      }
      const second = path5.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path5.length === 2 || path5.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path5) {
        checkPath(
          path5,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path5 ? this._t(path5, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path5 = convertPath(target);
        if (!path5 || path5.charCodeAt(path5.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path5);
        }
        const dir = this._t(path5, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path5);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path5, cache) {
        if (path5 in cache) {
          return cache[path5];
        }
        const parentPath = parentOf(path5);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path5] = parent && parent.ignored ? parent : this._rules.test(path5, MODE_IGNORE);
      }
      ignores(path5) {
        return this._test(path5, this._ignoreCache, convertPath(path5)).ignored;
      }
      createFilter() {
        return (path5) => !this.ignores(path5);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path5) {
        return this._test(path5, this._testCache, convertPath(path5));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path5) => checkPath(convertPath(path5), path5, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path5) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path5) || isNotRelative(path5);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/k8s/update.ts
var QUANTITY_PARENTS = /* @__PURE__ */ new Set(["requests", "limits", "overhead", "capacity", "allocatable"]);
var QUANTITY_KEYS = /* @__PURE__ */ new Set(["sizeLimit", "storage"]);
var SUFFIXES = {
  "": 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
function parseQuantity(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : void 0;
  if (typeof v !== "string") return void 0;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/.exec(v.trim());
  if (!m) return void 0;
  const base = Number(m[1]);
  if (m[2]) return Number(`${m[1]}${m[2]}`);
  return base * (SUFFIXES[m[3] ?? ""] ?? 1);
}
function pathPattern(rel) {
  return rel.map((s) => typeof s === "number" ? "*" : s).join(".");
}
function normalise(v) {
  if (v === null || v === void 0 || v === "") return void 0;
  if (Array.isArray(v)) return v.length === 0 ? void 0 : v;
  if (isRecord(v)) {
    for (const child of Object.values(v)) if (normalise(child) !== void 0) return v;
    return void 0;
  }
  return v;
}
function effective(v, rel, parent, opts) {
  const n = normalise(v);
  if (n !== void 0 || !opts.defaults || !parent) return n;
  const d = opts.defaults[pathPattern(rel)];
  if (d === void 0) return void 0;
  return normalise(typeof d === "function" ? d(parent) : d);
}
function leafEqual(a, b, key, parentKey) {
  if (a === b) return true;
  if (typeof parentKey === "string" && QUANTITY_PARENTS.has(parentKey) || typeof key === "string" && QUANTITY_KEYS.has(key)) {
    const qa = parseQuantity(a);
    const qb = parseQuantity(b);
    if (qa !== void 0 && qb !== void 0) return Math.abs(qa - qb) <= Math.abs(qa) * 1e-12;
  }
  return false;
}
function walk(oldV, newV, base, rel, oldParent, newParent, opts, out) {
  const o = effective(oldV, rel, oldParent, opts);
  const n = effective(newV, rel, newParent, opts);
  if (o === void 0 && n === void 0) return;
  const path5 = [...base, ...rel];
  if (o === void 0) {
    out.push({ path: path5, rel, kind: "added", old: void 0, new: n });
    return;
  }
  if (n === void 0) {
    out.push({ path: path5, rel, kind: "removed", old: o, new: void 0 });
    return;
  }
  if (isRecord(o) && isRecord(n)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(o), ...Object.keys(n)]);
    for (const k of [...keys].sort()) walk(o[k], n[k], base, [...rel, k], o, n, opts, out);
    return;
  }
  if (Array.isArray(o) && Array.isArray(n)) {
    if (o.length !== n.length) {
      out.push({ path: path5, rel, kind: "changed", old: o, new: n });
      return;
    }
    for (let i = 0; i < o.length; i++) {
      const oi = o[i];
      const ni = n[i];
      walk(oi, ni, base, [...rel, i], void 0, void 0, opts, out);
    }
    return;
  }
  const key = rel[rel.length - 1];
  const parentKey = rel[rel.length - 2];
  if (!leafEqual(o, n, key, parentKey)) out.push({ path: path5, rel, kind: "changed", old: o, new: n });
}
function diffValues(oldV, newV, base = [], opts = {}) {
  const out = [];
  walk(oldV, newV, base, [], void 0, void 0, opts, out);
  return out;
}
function semanticEqual(a, b, opts = {}) {
  return diffValues(a, b, [], opts).length === 0;
}
function show(v, max = 80) {
  if (v === void 0) return "null";
  const text = JSON.stringify(v);
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function describeChange(c) {
  if (c.kind === "added") return `added ${show(c.new, 60)}`;
  if (c.kind === "removed") return `removed ${show(c.old, 60)}`;
  return `${show(c.old, 40)} \u2192 ${show(c.new, 40)}`;
}
function defaultImagePullPolicy(image) {
  if (image === void 0) return void 0;
  if (image.includes("@")) return "IfNotPresent";
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  const tag = colon === -1 ? "" : image.slice(colon + 1);
  return tag === "" || tag === "latest" ? "Always" : "IfNotPresent";
}
var PROBE_DEFAULTS = {
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
  "httpGet.scheme": "HTTP",
  "httpGet.path": "/"
};
function containerDefaults(list2) {
  const out = {
    [`${list2}.*.terminationMessagePath`]: "/dev/termination-log",
    [`${list2}.*.terminationMessagePolicy`]: "File",
    [`${list2}.*.imagePullPolicy`]: (c) => defaultImagePullPolicy(str(c["image"])),
    [`${list2}.*.ports.*.protocol`]: "TCP",
    [`${list2}.*.env.*.valueFrom.fieldRef.apiVersion`]: "v1",
    [`${list2}.*.stdin`]: false,
    [`${list2}.*.stdinOnce`]: false,
    [`${list2}.*.tty`]: false
  };
  for (const probe2 of ["livenessProbe", "readinessProbe", "startupProbe"]) {
    for (const [k, v] of Object.entries(PROBE_DEFAULTS)) out[`${list2}.*.${probe2}.${k}`] = v;
  }
  return out;
}
var POD_SPEC_DEFAULTS = {
  restartPolicy: "Always",
  dnsPolicy: "ClusterFirst",
  schedulerName: "default-scheduler",
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
  hostNetwork: false,
  hostPID: false,
  hostIPC: false,
  serviceAccountName: "default",
  "volumes.*.configMap.defaultMode": 420,
  "volumes.*.secret.defaultMode": 420,
  "volumes.*.downwardAPI.defaultMode": 420,
  "volumes.*.projected.defaultMode": 420,
  ...containerDefaults("containers"),
  ...containerDefaults("initContainers"),
  ...containerDefaults("ephemeralContainers")
};
function diffPodSpecs(oldSpec, newSpec, base) {
  return diffValues(oldSpec, newSpec, base, { defaults: POD_SPEC_DEFAULTS });
}
var POD_UPDATABLE_FIELDS = "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";
function tolerationKey(t) {
  const r = rec(t) ?? {};
  return JSON.stringify([str(r["key"]) ?? "", str(r["operator"]) ?? "", str(r["value"]) ?? "", str(r["effect"]) ?? ""]);
}
function firstModifiedToleration(oldList, newList) {
  const present = new Set(arr(newList).map(tolerationKey));
  return arr(oldList).findIndex((t) => !present.has(tolerationKey(t)));
}
function resourcesOf(c) {
  const r = rec(rec(c)?.["resources"]);
  return { requests: rec(r?.["requests"]) ?? {}, limits: rec(r?.["limits"]) ?? {} };
}
var QOS_RESOURCES = ["cpu", "memory"];
function qosClass(spec) {
  const podLevel = resourcesOf(spec);
  const hasPodLevel = QOS_RESOURCES.some((k) => podLevel.requests[k] !== void 0 || podLevel.limits[k] !== void 0);
  const units = hasPodLevel ? [podLevel] : [...arr(spec["containers"]), ...arr(spec["initContainers"])].map(resourcesOf);
  let any = false;
  let guaranteed = true;
  for (const { requests, limits } of units) {
    for (const k of QOS_RESOURCES) {
      const req = parseQuantity(requests[k]);
      const lim = parseQuantity(limits[k]);
      if (req !== void 0 && req !== 0 || lim !== void 0 && lim !== 0) any = true;
      if (lim === void 0) guaranteed = false;
      else if (req !== void 0 && req !== lim) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed && units.length > 0 ? "Guaranteed" : "Burstable";
}
function scheduleHasTimeZone(schedule) {
  return typeof schedule === "string" && schedule.includes("TZ");
}
function statefulSetMutableFields(v) {
  return atLeast(v, "1.33") ? ["replicas", "ordinals", "template", "updateStrategy", "revisionHistoryLimit", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"] : ["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"];
}
function statefulSetForbiddenText(v) {
  const f = statefulSetMutableFields(v).map((x) => `'${x}'`);
  return `updates to statefulset spec for fields other than ${f.slice(0, -1).join(", ")} and ${f[f.length - 1]} are forbidden`;
}
var MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";
var APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
function isStaticPod(obj2, staticPodSetting) {
  return staticPodSetting || rec(rec(obj2["metadata"])?.["annotations"])?.[MIRROR_POD_ANNOTATION] !== void 0;
}
function isWindowsPod(spec) {
  return str(rec(spec?.["os"])?.["name"]) === "windows";
}
function copyField(target, source, key) {
  const value = source[key];
  if (value === void 0) Reflect.deleteProperty(target, key);
  else target[key] = value;
}
function mungePodSpecForUpdate(oldSpec, newSpec) {
  const munged = { ...newSpec };
  for (const list2 of ["containers", "initContainers"]) {
    if (!Array.isArray(newSpec[list2])) continue;
    const oldList = arr(oldSpec[list2]);
    munged[list2] = arr(newSpec[list2]).map((c, i) => {
      const r = rec(c);
      if (!r) return c;
      const copy = { ...r };
      const oldImage = rec(oldList[i])?.["image"];
      if (oldImage === void 0) delete copy["image"];
      else copy["image"] = oldImage;
      return copy;
    });
  }
  const restore = (key) => copyField(munged, oldSpec, key);
  restore("activeDeadlineSeconds");
  restore("tolerations");
  restore("schedulingGates");
  const oldGrace = num(oldSpec["terminationGracePeriodSeconds"]);
  if (oldGrace !== void 0 && oldGrace < 0 && newSpec["terminationGracePeriodSeconds"] === 1) restore("terminationGracePeriodSeconds");
  if (arr(oldSpec["schedulingGates"]).length > 0) {
    restore("nodeSelector");
    const oldNodeAffinity = rec(oldSpec["affinity"])?.["nodeAffinity"];
    const newAffinity = rec(newSpec["affinity"]);
    if (!newAffinity) {
      if (oldNodeAffinity === void 0) delete munged["affinity"];
      else munged["affinity"] = { nodeAffinity: oldNodeAffinity };
    } else {
      const copy = { ...newAffinity };
      if (oldNodeAffinity === void 0) delete copy["nodeAffinity"];
      else copy["nodeAffinity"] = oldNodeAffinity;
      munged["affinity"] = copy;
    }
  }
  return munged;
}
function containerListChanged(oldSpec, newSpec) {
  for (const list2 of ["containers", "initContainers"]) {
    if (arr(oldSpec[list2]).length !== arr(newSpec[list2]).length) return list2;
  }
  return void 0;
}
function forbiddenPodSpecChanges(oldSpec, newSpec, base = ["spec"]) {
  return diffPodSpecs(oldSpec, mungePodSpecForUpdate(oldSpec, newSpec), base);
}
function nodeSelectorTermOnlyAdditions(newTerm, oldTerm) {
  for (const key of ["matchExpressions", "matchFields"]) {
    const o = arr(rec(oldTerm)?.[key]);
    const n = arr(rec(newTerm)?.[key]);
    if (o.length > n.length) return false;
    if (o.length > 0 && !semanticEqual(o, n.slice(0, o.length))) return false;
  }
  return true;
}
function hasController(obj2) {
  return arr(rec(obj2["metadata"])?.["ownerReferences"]).some((r) => rec(r)?.["controller"] === true);
}
var STATEFULSET_SPEC_DEFAULTS = {
  podManagementPolicy: "OrderedReady",
  "volumeClaimTemplates.*.apiVersion": "v1",
  "volumeClaimTemplates.*.kind": "PersistentVolumeClaim",
  "volumeClaimTemplates.*.spec.volumeMode": "Filesystem",
  "volumeClaimTemplates.*.status.phase": "Pending"
};
var POD_TEMPLATE_DEFAULTS = Object.fromEntries(
  Object.entries(POD_SPEC_DEFAULTS).map(([k, v]) => [`spec.${k}`, v])
);
function diffPodTemplates(oldT, newT, base) {
  return diffValues(oldT, newT, base, { defaults: POD_TEMPLATE_DEFAULTS });
}

// rules/bare-pod-update.ts
var bare_pod_update_default = defineRule({
  id: "bare-pod-update",
  meta: {
    description: "Warn when a bare Pod is changed in a way the API server cannot apply in place",
    category: "pitfall",
    severity: "warning",
    phase: "update",
    remediation: "Delete and recreate the Pod (kubectl replace --force, or kubectl delete then apply), or run it from a Deployment so that a template change rolls out as new Pods.",
    messages: {
      recreate: "{{path}}: this Pod is not managed by a controller and {{what}} cannot be applied in place, so kubectl apply will fail. Delete and recreate the Pod (kubectl replace --force), or run it from a Deployment so changes roll out as new Pods."
    }
  },
  create(ctx) {
    return {
      update({ previous, current, subresource }) {
        if (subresource !== void 0 || current.kind !== "Pod" || apiGroup(current.apiVersion) !== "" || hasController(current.value)) return;
        const oldSpec = rec(previous.value["spec"]) ?? {};
        const newSpec = rec(current.value["spec"]) ?? {};
        const list2 = containerListChanged(oldSpec, newSpec);
        const count = list2 ? 0 : forbiddenPodSpecChanges(oldSpec, newSpec).length;
        if (!list2 && count === 0) return;
        const what = list2 ? `adding or removing ${list2}` : count === 1 ? "its spec change" : `its ${count} spec changes`;
        ctx.report({ messageId: "recreate", path: ["spec"], previousPath: ["spec"], data: { what } });
      }
    };
  }
});

// src/k8s/selectors.ts
function selectorMatches(selector, labels) {
  const sel = rec(selector);
  if (!sel) return void 0;
  const l = rec(labels) ?? {};
  for (const [k, v] of Object.entries(rec(sel["matchLabels"]) ?? {})) {
    if (typeof v !== "string") return void 0;
    if (l[k] !== v) return false;
  }
  for (const e of arr(sel["matchExpressions"])) {
    if (!isRecord(e)) return void 0;
    const key = str(e["key"]);
    if (key === void 0) return void 0;
    const values = arr(e["values"]).map(String);
    const has = Object.prototype.hasOwnProperty.call(l, key);
    const value = has ? String(l[key]) : void 0;
    switch (e["operator"]) {
      case "In":
        if (!has || !values.includes(value)) return false;
        break;
      case "NotIn":
        if (has && values.includes(value)) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return void 0;
    }
  }
  return true;
}
function goMap(labels) {
  if (!labels) return "map[string]string(nil)";
  const items = Object.keys(labels).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(String(labels[k] ?? ""))}`);
  return `map[string]string{${items.join(", ")}}`;
}

// rules/deployment-selector-orphans.ts
var deployment_selector_orphans_default = defineRule({
  id: "deployment-selector-orphans",
  meta: {
    description: "Warn when a Deployment selector change would orphan the ReplicaSets and Pods of the old template",
    category: "pitfall",
    severity: "warning",
    phase: "update",
    remediation: "Keep the selector. If it must change, create the Deployment under a new name, scale the old one to zero and delete it, so no ReplicaSet or Pod is left behind.",
    messages: {
      orphans: "{{path}}: the new selector does not select the Pods of the old template (labels {{labels}}): the existing ReplicaSets and their Pods would no longer belong to this Deployment and keep running unmanaged. Keep the selector, or replace the Deployment under a new name and delete the old one."
    }
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (current.kind !== "Deployment" || apiGroup(current.apiVersion) !== "apps" || previous.kind !== "Deployment") return;
        const oldSel = dig(previous.value, "spec", "selector");
        const newSel = dig(current.value, "spec", "selector");
        if (newSel === void 0 || semanticEqual(oldSel, newSel)) return;
        const oldLabels = dig(previous.value, "spec", "template", "metadata", "labels");
        if (selectorMatches(newSel, oldLabels) === true) return;
        const path5 = ["spec", "selector"];
        ctx.report({ messageId: "orphans", path: path5, previousPath: path5, data: { labels: show(oldLabels ?? {}) } });
      }
    };
  }
});

// src/k8s/field-types.ts
var S = "string";
var B = "boolean";
var I = "integer";
var list = (t) => ({ list: t });
var map = (t) => ({ map: t });
var obj = (fields) => ({ object: fields });
var keyRef = obj({ name: S, key: S, optional: B });
var capabilities = obj({ add: list(S), drop: list(S) });
var seLinux = obj({ user: S, role: S, type: S, level: S });
var profile = obj({ type: S, localhostProfile: S });
var windows = obj({ gmsaCredentialSpecName: S, gmsaCredentialSpec: S, runAsUserName: S, hostProcess: B });
var containerSecurity = obj({
  capabilities,
  privileged: B,
  seLinuxOptions: seLinux,
  windowsOptions: windows,
  runAsUser: I,
  runAsGroup: I,
  runAsNonRoot: B,
  readOnlyRootFilesystem: B,
  allowPrivilegeEscalation: B,
  procMount: S,
  seccompProfile: profile,
  appArmorProfile: profile
});
var httpHeader = obj({ name: S, value: S });
var handler = {
  exec: obj({ command: list(S) }),
  httpGet: obj({ path: S, port: "int-or-string", host: S, scheme: S, httpHeaders: list(httpHeader) }),
  tcpSocket: obj({ port: "int-or-string", host: S }),
  grpc: obj({ port: I, service: S }),
  sleep: obj({ seconds: I })
};
var probe = obj({
  ...handler,
  initialDelaySeconds: I,
  timeoutSeconds: I,
  periodSeconds: I,
  successThreshold: I,
  failureThreshold: I,
  terminationGracePeriodSeconds: I
});
var lifecycleHandler = obj({ exec: handler.exec, httpGet: handler.httpGet, tcpSocket: handler.tcpSocket, sleep: handler.sleep });
var resources = obj({ limits: map("quantity"), requests: map("quantity"), claims: list(obj({ name: S, request: S })) });
var container = obj({
  name: S,
  image: S,
  command: list(S),
  args: list(S),
  workingDir: S,
  ports: list(obj({ name: S, hostPort: I, containerPort: I, protocol: S, hostIP: S })),
  envFrom: list(obj({ prefix: S, configMapRef: obj({ name: S, optional: B }), secretRef: obj({ name: S, optional: B }) })),
  env: list(
    obj({
      name: S,
      value: S,
      valueFrom: obj({
        fieldRef: obj({ apiVersion: S, fieldPath: S }),
        resourceFieldRef: obj({ containerName: S, resource: S, divisor: "quantity" }),
        configMapKeyRef: keyRef,
        secretKeyRef: keyRef
      })
    })
  ),
  resources,
  resizePolicy: list(obj({ resourceName: S, restartPolicy: S })),
  restartPolicy: S,
  volumeMounts: list(obj({ name: S, readOnly: B, recursiveReadOnly: S, mountPath: S, subPath: S, mountPropagation: S, subPathExpr: S })),
  volumeDevices: list(obj({ name: S, devicePath: S })),
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: obj({ postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: S }),
  terminationMessagePath: S,
  terminationMessagePolicy: S,
  imagePullPolicy: S,
  securityContext: containerSecurity,
  stdin: B,
  stdinOnce: B,
  tty: B,
  targetContainerName: S
});
var keyToPath = list(obj({ key: S, path: S, mode: I }));
var volume = obj({
  name: S,
  hostPath: obj({ path: S, type: S }),
  emptyDir: obj({ medium: S, sizeLimit: "quantity" }),
  secret: obj({ secretName: S, items: keyToPath, defaultMode: I, optional: B }),
  configMap: obj({ name: S, items: keyToPath, defaultMode: I, optional: B }),
  persistentVolumeClaim: obj({ claimName: S, readOnly: B }),
  downwardAPI: obj({ defaultMode: I }),
  projected: obj({ defaultMode: I }),
  csi: obj({ driver: S, readOnly: B, fsType: S, volumeAttributes: map(S) }),
  nfs: obj({ server: S, path: S, readOnly: B })
});
var podSecurity = obj({
  seLinuxOptions: seLinux,
  windowsOptions: windows,
  runAsUser: I,
  runAsGroup: I,
  runAsNonRoot: B,
  supplementalGroups: list(I),
  supplementalGroupsPolicy: S,
  fsGroup: I,
  sysctls: list(obj({ name: S, value: S })),
  fsGroupChangePolicy: S,
  seccompProfile: profile,
  appArmorProfile: profile,
  seLinuxChangePolicy: S
});
var POD_SPEC = obj({
  volumes: list(volume),
  initContainers: list(container),
  containers: list(container),
  ephemeralContainers: list(container),
  restartPolicy: S,
  terminationGracePeriodSeconds: I,
  activeDeadlineSeconds: I,
  dnsPolicy: S,
  nodeSelector: map(S),
  serviceAccountName: S,
  serviceAccount: S,
  automountServiceAccountToken: B,
  nodeName: S,
  hostNetwork: B,
  hostPID: B,
  hostIPC: B,
  shareProcessNamespace: B,
  securityContext: podSecurity,
  imagePullSecrets: list(obj({ name: S })),
  hostname: S,
  subdomain: S,
  schedulerName: S,
  tolerations: list(obj({ key: S, operator: S, value: S, effect: S, tolerationSeconds: I })),
  hostAliases: list(obj({ ip: S, hostnames: list(S) })),
  priorityClassName: S,
  priority: I,
  dnsConfig: obj({ nameservers: list(S), searches: list(S), options: list(obj({ name: S, value: S })) }),
  readinessGates: list(obj({ conditionType: S })),
  runtimeClassName: S,
  enableServiceLinks: B,
  preemptionPolicy: S,
  overhead: map("quantity"),
  setHostnameAsFQDN: B,
  os: obj({ name: S }),
  hostUsers: B,
  schedulingGates: list(obj({ name: S })),
  resourceClaims: list(obj({ name: S, resourceClaimName: S, resourceClaimTemplateName: S })),
  resources,
  hostnameOverride: S
});
var OBJECT_META = obj({
  name: S,
  generateName: S,
  namespace: S,
  uid: S,
  resourceVersion: S,
  generation: I,
  labels: map(S),
  annotations: map(S),
  finalizers: list(S)
});
function jsonTypeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "string") return "string";
  return "object";
}
function fitsScalar(t, v) {
  if (v === null) return true;
  switch (t) {
    case "string":
      return typeof v === "string";
    case "boolean":
      return typeof v === "boolean";
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
    case "int-or-string":
      return typeof v === "string" || typeof v === "number" && Number.isInteger(v);
    case "quantity":
      return typeof v === "string" || typeof v === "number";
  }
}
function expectedName(t) {
  if (typeof t === "string") {
    return { string: "a string", boolean: "a boolean", integer: "an integer", "int-or-string": "an integer or a string", quantity: "a quantity (string or number)" }[t];
  }
  if ("list" in t) return "a list";
  return "an object";
}
function typeMismatches(type, value, path5 = []) {
  const out = [];
  walk2(compile(type), value, [...path5], out);
  return out;
}
var SCALAR = 0;
var LIST = 1;
var MAP = 2;
var OBJECT = 3;
var Node = class {
  kind;
  scalar;
  expected;
  item;
  fields;
  constructor(kind, scalar, expected) {
    this.kind = kind;
    this.scalar = scalar;
    this.expected = expected;
    this.item = void 0;
    this.fields = void 0;
  }
};
var compiled = /* @__PURE__ */ new WeakMap();
var compiledScalars = /* @__PURE__ */ new Map();
function compile(type) {
  if (typeof type === "string") {
    let node2 = compiledScalars.get(type);
    if (node2 === void 0) {
      node2 = new Node(SCALAR, type, expectedName(type));
      compiledScalars.set(type, node2);
    }
    return node2;
  }
  let node = compiled.get(type);
  if (node !== void 0) return node;
  if ("list" in type) {
    node = new Node(LIST, "string", "a list");
    compiled.set(type, node);
    node.item = compile(type.list);
  } else if ("map" in type) {
    node = new Node(MAP, "string", "an object");
    compiled.set(type, node);
    node.item = compile(type.map);
  } else {
    node = new Node(OBJECT, "string", "an object");
    compiled.set(type, node);
    const fields = /* @__PURE__ */ new Map();
    for (const k of Object.keys(type.object)) fields.set(k, compile(type.object[k]));
    node.fields = fields;
  }
  return node;
}
function walk2(type, value, path5, out) {
  if (value === null || value === void 0) return;
  const kind = type.kind;
  if (kind === SCALAR) {
    if (!fitsScalar(type.scalar, value)) out.push({ path: [...path5], expected: type.expected, actual: jsonTypeName(value), value });
    return;
  }
  if (kind === LIST) {
    if (!Array.isArray(value)) {
      out.push({ path: [...path5], expected: "a list", actual: jsonTypeName(value), value });
      return;
    }
    const item = type.item;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v === null || v === void 0) continue;
      if (item.kind === SCALAR) {
        if (!fitsScalar(item.scalar, v)) out.push({ path: [...path5, i], expected: item.expected, actual: jsonTypeName(v), value: v });
        continue;
      }
      path5.push(i);
      walk2(item, v, path5, out);
      path5.pop();
    }
    return;
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    out.push({ path: [...path5], expected: "an object", actual: jsonTypeName(value), value });
    return;
  }
  const rec2 = value;
  const fields = type.fields;
  for (const k in rec2) {
    const t = fields === void 0 ? type.item : fields.get(k);
    if (t === void 0) continue;
    const v = rec2[k];
    if (v === null || v === void 0) continue;
    if (t.kind === SCALAR) {
      if (!fitsScalar(t.scalar, v)) out.push({ path: [...path5, k], expected: t.expected, actual: jsonTypeName(v), value: v });
      continue;
    }
    path5.push(k);
    walk2(t, v, path5, out);
    path5.pop();
  }
}

// src/k8s/names.ts
function byteLength(value) {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
function maxLenError(length, unit = "characters") {
  return `must be no more than ${length} ${unit}`;
}
function regexError(msg, fmt, ...examples) {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  let out = `${msg} (e.g. `;
  examples.forEach((ex, i) => {
    if (i > 0) out += " or ";
    out += `'${ex}', `;
  });
  return `${out}regex used for validation is '${fmt}')`;
}
var EMPTY_ERROR = "must be non-empty";
function inclusiveRangeError(lo, hi) {
  return `must be between ${lo} and ${hi}, inclusive`;
}
var anchored = (fmt) => new RegExp(`^(?:${fmt})$`);
var DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL_MAX_LENGTH = 63;
var DNS1123_LABEL_ERR_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
var dns1123LabelRe = anchored(DNS1123_LABEL_FMT);
var DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
var DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
var DNS1123_SUBDOMAIN_ERR_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
var dns1123SubdomainRe = anchored(DNS1123_SUBDOMAIN_FMT);
var DNS1123_LABEL_FMT_UNDERSCORE = "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN_FMT_UNDERSCORE = `${DNS1123_LABEL_FMT_UNDERSCORE}(\\.${DNS1123_LABEL_FMT_UNDERSCORE})*`;
var DNS1123_SUBDOMAIN_UNDERSCORE_ERR_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";
var dns1123SubdomainUnderscoreRe = anchored(DNS1123_SUBDOMAIN_FMT_UNDERSCORE);
var DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
var DNS1035_LABEL_MAX_LENGTH = 63;
var DNS1035_LABEL_ERR_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
var dns1035LabelRe = anchored(DNS1035_LABEL_FMT);
function isDNS1123Label(value, unit = "characters") {
  const errs = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH, unit));
  if (!dns1123LabelRe.test(value)) {
    if (dns1123SubdomainRe.test(value)) errs.push("must not contain dots");
    else errs.push(regexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, "my-name", "123-abc"));
  }
  return errs;
}
function isDNS1123Subdomain(value, unit = "characters") {
  const errs = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH, unit));
  if (!dns1123SubdomainRe.test(value)) errs.push(regexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
  return errs;
}
function isDNS1123SubdomainWithUnderscore(value, quoteStrictRegex = false) {
  const errs = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainUnderscoreRe.test(value)) {
    errs.push(regexError(DNS1123_SUBDOMAIN_UNDERSCORE_ERR_MSG, quoteStrictRegex ? DNS1123_SUBDOMAIN_FMT : DNS1123_SUBDOMAIN_FMT_UNDERSCORE, "example.com"));
  }
  return errs;
}
function isDNS1035Label(value) {
  const errs = [];
  if (byteLength(value) > DNS1035_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  if (!dns1035LabelRe.test(value)) errs.push(regexError(DNS1035_LABEL_ERR_MSG, DNS1035_LABEL_FMT, "my-name", "abc-123"));
  return errs;
}
var PORT_NAME_MAX_LENGTH = 15;
function isValidPortName(port) {
  const errs = [];
  if (byteLength(port) > PORT_NAME_MAX_LENGTH) errs.push(maxLenError(PORT_NAME_MAX_LENGTH));
  if (!/^[-a-z0-9]+$/.test(port)) errs.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (!/[a-z]/.test(port)) errs.push("must contain at least one letter (a-z)");
  if (port.includes("--")) errs.push("must not contain consecutive hyphens");
  if (port.length > 0 && (port.startsWith("-") || port.endsWith("-"))) errs.push("must not begin or end with a hyphen");
  return errs;
}
function isValidPortNum(port) {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}
var LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
var LABEL_KEY_ERR_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var LABEL_KEY_MAX_LENGTH = 63;
var labelKeyRe = anchored(LABEL_KEY_FMT);
function isQualifiedName(value) {
  const slash = value.indexOf("/");
  if (slash === -1) {
    if (byteLength(value) <= LABEL_KEY_MAX_LENGTH && labelKeyRe.test(value)) return [];
  } else if (slash > 0 && value.indexOf("/", slash + 1) === -1) {
    const prefix = value.slice(0, slash);
    const name2 = value.slice(slash + 1);
    if (byteLength(prefix) <= DNS1123_SUBDOMAIN_MAX_LENGTH && dns1123SubdomainRe.test(prefix) && byteLength(name2) <= LABEL_KEY_MAX_LENGTH && labelKeyRe.test(name2)) return [];
  }
  const errs = [];
  const parts = value.split("/");
  let name;
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) errs.push(`prefix part ${EMPTY_ERROR}`);
    else errs.push(...isDNS1123Subdomain(prefix, "bytes").map((m) => `prefix part ${m}`));
  } else {
    return [
      `a valid label key ${regexError(LABEL_KEY_ERR_MSG, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`
    ];
  }
  if (name.length === 0) errs.push(`name part ${EMPTY_ERROR}`);
  else if (byteLength(name) > LABEL_KEY_MAX_LENGTH) errs.push(`name part ${maxLenError(LABEL_KEY_MAX_LENGTH, "bytes")}`);
  if (!labelKeyRe.test(name)) errs.push(`name part ${regexError(LABEL_KEY_ERR_MSG, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")}`);
  return errs;
}
var LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
var LABEL_VALUE_ERR_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var LABEL_VALUE_MAX_LENGTH = 63;
var labelValueRe = anchored(LABEL_VALUE_FMT);
function isValidLabelValue(value) {
  const errs = [];
  if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) errs.push(maxLenError(LABEL_VALUE_MAX_LENGTH, "bytes"));
  if (!labelValueRe.test(value)) errs.push(regexError(LABEL_VALUE_ERR_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
  return errs;
}
function maskTrailingDash(name) {
  return name.length > 1 && name.endsWith("-") ? `${name.slice(0, -2)}a` : name;
}
function validateObjectName(format, name, prefix = false) {
  const v = prefix ? maskTrailingDash(name) : name;
  switch (format) {
    case "dns1123Subdomain":
      return isDNS1123Subdomain(v);
    case "dns1123Label":
      return isDNS1123Label(v);
    case "dns1035Label":
      return isDNS1035Label(v);
  }
}
var NAME_FORMAT_HINT = {
  dns1123Subdomain: 'lower-case letters, digits, "-" and "." (at most 253), starting and ending with a letter or digit',
  dns1123Label: 'lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit',
  dns1035Label: 'lower-case letters, digits and "-" (at most 63), starting with a letter and ending with a letter or digit'
};
function exampleGeneratedName(generateName) {
  return `${generateName.slice(0, 58)}xxxxx`;
}
var ENV_VAR_NAME_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
var ENV_VAR_NAME_ERR_MSG = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
var RELAXED_ENV_VAR_NAME_ERR_MSG = "a valid environment variable name must consist only of printable ASCII characters other than '='";
var envVarNameRe = anchored(ENV_VAR_NAME_FMT);
function hasChDirPrefix(value) {
  if (value === ".") return ["must not be '.'"];
  if (value === "..") return ["must not be '..'"];
  if (value.startsWith("..")) return ["must not start with '..'"];
  return [];
}
function isEnvVarName(value) {
  const errs = [];
  if (!envVarNameRe.test(value)) errs.push(regexError(ENV_VAR_NAME_ERR_MSG, ENV_VAR_NAME_FMT, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
  errs.push(...hasChDirPrefix(value));
  return errs;
}
function isRelaxedEnvVarName(value) {
  const errs = [];
  if (value.length === 0) errs.push(`environment variable name ${EMPTY_ERROR}`);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c > 126 || c === 61) {
      errs.push(RELAXED_ENV_VAR_NAME_ERR_MSG);
      break;
    }
  }
  return errs;
}
var SYSCTL_SEGMENT_FMT = "[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
var SYSCTL_FMT = `(${SYSCTL_SEGMENT_FMT}[\\./])*${SYSCTL_SEGMENT_FMT}`;
var SYSCTL_MAX_LENGTH = 253;
var sysctlRe = anchored(SYSCTL_FMT);
function isValidSysctlName(name) {
  return byteLength(name) <= SYSCTL_MAX_LENGTH && sysctlRe.test(name);
}
var SYSCTL_NAME_ERROR = `must have at most ${SYSCTL_MAX_LENGTH} characters and match regex ^${SYSCTL_FMT}$`;
function formatValue(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === void 0) return "null";
  return JSON.stringify(value);
}
function joinReasons(pathText, value, reasons) {
  const unique = [...new Set(reasons)];
  return unique.join(`, ${pathText}: Invalid value: ${formatValue(value)}: `);
}
function checkNameField(value, validate, checkEmpty = false) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") return { kind: "notString", value, type: jsonTypeName(value) };
  if (value === "" && !checkEmpty) return void 0;
  const reasons = validate(value);
  return reasons.length > 0 ? { kind: "invalid", value, reasons } : void 0;
}
function goStringSlice(values) {
  return `[]string{${values.map((v) => JSON.stringify(typeof v === "string" ? v : String(v))).join(", ")}}`;
}

// src/k8s/containers.ts
function nativeSidecarsSupported(v) {
  return atLeast(v, "1.29");
}
function isNativeSidecar(c, v) {
  return c.list === "initContainers" && c.node["restartPolicy"] === "Always" && nativeSidecarsSupported(v);
}
function isPlainInit(c, v) {
  return c.list === "initContainers" && !isNativeSidecar(c, v);
}
function podRestartPolicy(pod) {
  const v = pod.spec["restartPolicy"];
  return typeof v === "string" && v !== "" ? v : "Always";
}
function showValue(v) {
  return JSON.stringify(v ?? null);
}
var newContainerCache = () => ({ ports: void 0, probeTargets: void 0, allTargets: void 0, listening: void 0, localRefs: void 0, helper: void 0 });
function containerCache(c) {
  return derivedData(c, newContainerCache);
}
var newPodCache = () => ({ volumes: void 0, mounts: void 0, declared: void 0, declaredFor: void 0 });
function podCache(pod) {
  return derivedData(pod, newPodCache);
}
function portsOf(c) {
  const cache = containerCache(c);
  return cache.ports ??= computePorts(c);
}
function computePorts(c) {
  const out = [];
  const ports = arr(c.node["ports"]);
  for (let index = 0; index < ports.length; index++) {
    const p = ports[index];
    if (!isRecord(p)) continue;
    const protocol = str(p["protocol"]);
    out.push({
      index,
      node: p,
      containerPort: num(p["containerPort"]),
      protocol: protocol === void 0 || protocol === "" ? "TCP" : protocol,
      name: str(p["name"]),
      hostPort: num(p["hostPort"]),
      hostIP: str(p["hostIP"]) ?? ""
    });
  }
  return out;
}
function listeningPorts(c) {
  const cache = containerCache(c);
  return cache.listening ??= computeListeningPorts(c);
}
function computeListeningPorts(c) {
  const ports = /* @__PURE__ */ new Set();
  for (const p of portsOf(c)) if (p.containerPort !== void 0) ports.add(p.containerPort);
  const words = [...arr(c.node["command"]), ...arr(c.node["args"])].filter((w) => typeof w === "string");
  words.forEach((w, i) => {
    for (const m of w.matchAll(/(?:^|[-?&\s])(?:port|listen-port|http-port)[= ](\d{1,5})\b/g)) ports.add(Number(m[1]));
    if (/^--?(?:port|listen-port)$/.test(w)) {
      const next = words[i + 1];
      if (next !== void 0 && /^\d{1,5}$/.test(next)) ports.add(Number(next));
    }
  });
  return ports;
}
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"];
var LIFECYCLE_HANDLERS = ["exec", "httpGet", "tcpSocket", "sleep"];
var LIFECYCLE_HOOKS = ["postStart", "preStop"];
function handlerTargets(c, options = {}) {
  const cache = containerCache(c);
  if (options.lifecycle === true) return cache.allTargets ??= computeHandlerTargets(c, true);
  return cache.probeTargets ??= computeHandlerTargets(c, false);
}
var TARGET_SOURCES = [
  ...PROBES.map((p) => ({ hook: false, key: p, handlers: ["httpGet", "tcpSocket", "grpc"].map((handler2) => ({ handler: handler2, path: [p, handler2] })) })),
  ...LIFECYCLE_HOOKS.map((h) => ({ hook: true, key: h, handlers: ["httpGet", "tcpSocket", "grpc"].map((handler2) => ({ handler: handler2, path: ["lifecycle", h, handler2] })) }))
];
function computeHandlerTargets(c, lifecycle) {
  const out = [];
  const hooks = lifecycle ? rec(c.node["lifecycle"]) : void 0;
  for (const source of TARGET_SOURCES) {
    if (source.hook && !lifecycle) break;
    const h = rec(source.hook ? hooks?.[source.key] : c.node[source.key]);
    if (!h) continue;
    for (const { handler: handler2, path: path5 } of source.handlers) {
      const t = rec(h[handler2]);
      if (t) out.push({ path: path5, handler: handler2, port: t["port"], host: str(t["host"]) });
    }
  }
  return out;
}
var LOCAL_HOSTS = /^(?:localhost|localhost\.|127(?:\.\d{1,3}){3}|::1|\[::1\]|0:0:0:0:0:0:0:1)$/i;
function isLocalhost(host) {
  return LOCAL_HOSTS.test(host.trim());
}
var LOCAL_REF = /(?:^|[^A-Za-z0-9.\-_])(localhost|127(?:\.\d{1,3}){3}|\[::1\]):(\d{1,5})(?![0-9])/gi;
function localReferences(c) {
  const cache = containerCache(c);
  return cache.localRefs ??= computeLocalReferences(c);
}
function computeLocalReferences(c) {
  const out = [];
  const scan = (v, path5) => {
    if (typeof v !== "string") return;
    for (const m of v.matchAll(LOCAL_REF)) {
      const port = Number(m[2]);
      if (port >= 1 && port <= 65535) out.push({ port, text: `${m[1]}:${m[2]}`, path: path5 });
    }
  };
  for (const key of ["command", "args"]) arr(c.node[key]).forEach((w, i) => scan(w, [key, i]));
  arr(c.node["env"]).forEach((e, i) => scan(rec(e)?.["value"], ["env", i, "value"]));
  return out;
}
var KNOWN_HELPERS = [
  { pattern: /(?:^|\/)istio[/-]?proxy(?:v2)?(?:[:@]|$)|(?:^|\/)proxyv2(?:[:@]|$)/, what: "the Istio proxy (Envoy)" },
  { pattern: /(?:^|\/)envoy(?:proxy)?(?:\/envoy)?(?:-(?:distroless|alpine|dev|contrib|windows[a-z0-9-]*))?(?:[:@]|$)/, what: "an Envoy proxy" },
  { pattern: /(?:^|\/)linkerd[/-]?proxy(?:[:@]|$)/, what: "the Linkerd proxy" },
  { pattern: /(?:^|\/)(?:cloud-sql-proxy|cloudsql-proxy|gce-proxy)(?:[:@]|$)/, what: "the Cloud SQL Auth Proxy" },
  { pattern: /(?:^|\/)alloydb-auth-proxy(?:[:@]|$)/, what: "the AlloyDB Auth Proxy" },
  { pattern: /(?:^|\/)vault(?:-agent|-k8s)?(?:[:@]|$)|(?:^|\/)vault-agent(?:[:@]|$)/, what: "a Vault agent" },
  { pattern: /(?:^|\/)fluent-bit(?:[:@]|$)/, what: "Fluent Bit" },
  { pattern: /(?:^|\/)fluentd(?:-[a-z0-9-]+)?(?:[:@]|$)/, what: "Fluentd" },
  { pattern: /(?:^|\/)(?:filebeat|promtail|vector)(?:[:@]|$)/, what: "a log shipper" },
  { pattern: /(?:^|\/)(?:otel|opentelemetry)-collector(?:-contrib|-k8s)?(?:[:@]|$)/, what: "the OpenTelemetry Collector" },
  { pattern: /(?:^|\/)consul-dataplane(?:[:@]|$)/, what: "the Consul dataplane (Envoy)" }
];
function knownHelper(c) {
  const cache = containerCache(c);
  if (cache.helper === void 0) cache.helper = computeKnownHelper(c) ?? null;
  return cache.helper ?? void 0;
}
function computeKnownHelper(c) {
  const image = (str(c.node["image"]) ?? "").toLowerCase();
  const name = (c.name ?? "").toLowerCase();
  for (const h of KNOWN_HELPERS) if (h.pattern.test(image)) return h.what;
  for (const h of KNOWN_HELPERS) if (h.pattern.test(name)) return h.what;
  return void 0;
}
var VOLUME_SOURCES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
];
var REQUIRED_SOURCE_FIELDS = {
  hostPath: "path",
  secret: "secretName",
  configMap: "name",
  persistentVolumeClaim: "claimName",
  nfs: "server",
  csi: "driver",
  ephemeral: "volumeClaimTemplate"
};
var SOURCE_ORDER = new Map(VOLUME_SOURCES.map((s, i) => [s, i]));
var EMPTY_DIR_ONLY = Object.freeze(["emptyDir"]);
function volumeSources(v) {
  const out = [];
  for (const k in v) if (SOURCE_ORDER.has(k) && isRecord(v[k])) out.push(k);
  if (out.length > 1) out.sort((a, b) => SOURCE_ORDER.get(a) - SOURCE_ORDER.get(b));
  return out;
}
function volumesOf(pod) {
  const cache = podCache(pod);
  return cache.volumes ??= computeVolumes(pod);
}
function computeVolumes(pod) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const volumes = arr(pod.spec["volumes"]);
  for (let index = 0; index < volumes.length; index++) {
    const v = volumes[index];
    if (!isRecord(v)) continue;
    const name = str(v["name"]);
    const sources = volumeSources(v);
    let problem;
    if (name === void 0 || name === "") problem = "it has no name";
    else if (isDNS1123Label(name).length > 0) problem = "its name is not a lowercase RFC 1123 label";
    else if (seen.has(name)) problem = "its name is a duplicate";
    else if (sources.length > 1) problem = `it sets more than one volume type (${sources.join(", ")})`;
    else if (sources.length === 1) {
      const field = REQUIRED_SOURCE_FIELDS[sources[0]];
      const src = rec(v[sources[0]]);
      if (field !== void 0 && (src[field] === void 0 || src[field] === null || src[field] === "")) problem = `${sources[0]}.${field} is required`;
    }
    if (name !== void 0) seen.add(name);
    out.push({ index, node: v, name, sources: sources.length === 0 ? EMPTY_DIR_ONLY : sources, problem });
  }
  return out;
}
function declaredVolumes(pod, object) {
  const cache = podCache(pod);
  if (cache.declared === void 0 || cache.declaredFor !== object) {
    cache.declared = computeDeclaredVolumes(pod, object);
    cache.declaredFor = object;
  }
  return cache.declared;
}
function computeDeclaredVolumes(pod, object) {
  const out = /* @__PURE__ */ new Map();
  for (const v of volumesOf(pod)) if (v.name !== void 0 && v.problem === void 0 && !out.has(v.name)) out.set(v.name, v);
  if (pod.kind === "StatefulSet" && object) {
    arr(rec(object["spec"])?.["volumeClaimTemplates"]).forEach((t, index) => {
      const name = str(rec(rec(t)?.["metadata"])?.["name"]);
      if (name !== void 0 && name !== "" && !out.has(name)) out.set(name, { index, node: rec(t), name, sources: ["persistentVolumeClaim"], problem: void 0 });
    });
  }
  return out;
}
function mountsOf(pod) {
  const cache = podCache(pod);
  return cache.mounts ??= computeMounts(pod);
}
var MOUNT_KINDS = ["volumeMounts", "volumeDevices"];
function computeMounts(pod) {
  const out = [];
  for (const c of pod.containers) {
    for (const kind of MOUNT_KINDS) {
      const list2 = arr(c.node[kind]);
      for (let index = 0; index < list2.length; index++) {
        const m = list2[index];
        if (!isRecord(m)) continue;
        out.push({ container: c, index, node: m, name: str(m["name"]), readOnly: m["readOnly"] === true, subPath: str(m["subPath"]) ?? "", kind });
      }
    }
  }
  return out;
}
var MIRROR_ANNOTATION = "kubernetes.io/config.mirror";
function isStaticPod2(kind, pod, staticPodFile) {
  if (kind !== "Pod") return false;
  return staticPodFile || rec(pod.metadata["annotations"])?.[MIRROR_ANNOTATION] !== void 0;
}
var SECRET_REF_VOLUMES = ["cephfs", "cinder", "flexVolume", "iscsi", "rbd", "scaleIO", "storageos"];
function apiReferences(pod) {
  const out = [];
  const spec = pod.spec;
  for (const key of ["serviceAccountName", "serviceAccount"]) {
    const v = str(spec[key]);
    if (v !== void 0 && v !== "") out.push({ path: pod.at(key), resource: "serviceaccounts" });
  }
  arr(spec["imagePullSecrets"]).forEach((s, i) => {
    if (isRecord(s)) out.push({ path: pod.at("imagePullSecrets", i), resource: "secrets" });
  });
  for (const c of pod.containers) {
    arr(c.node["env"]).forEach((e, i) => {
      const from = rec(rec(e)?.["valueFrom"]);
      if (isRecord(from?.["secretKeyRef"])) out.push({ path: c.at("env", i, "valueFrom", "secretKeyRef"), resource: "secrets" });
      if (isRecord(from?.["configMapKeyRef"])) out.push({ path: c.at("env", i, "valueFrom", "configMapKeyRef"), resource: "configmaps" });
    });
    arr(c.node["envFrom"]).forEach((e, i) => {
      if (isRecord(rec(e)?.["secretRef"])) out.push({ path: c.at("envFrom", i, "secretRef"), resource: "secrets" });
      if (isRecord(rec(e)?.["configMapRef"])) out.push({ path: c.at("envFrom", i, "configMapRef"), resource: "configmaps" });
    });
  }
  arr(spec["resourceClaims"]).forEach((r, i) => {
    if (isRecord(r)) out.push({ path: pod.at("resourceClaims", i), resource: "resourceclaims" });
  });
  for (const v of volumesOf(pod)) {
    const at = (...s) => pod.at("volumes", v.index, ...s);
    const n = v.node;
    if (isRecord(n["secret"])) out.push({ path: at("secret"), resource: "secrets" });
    if (isRecord(n["configMap"])) out.push({ path: at("configMap"), resource: "configmaps" });
    if (isRecord(n["azureFile"])) out.push({ path: at("azureFile"), resource: "secrets" });
    for (const t of SECRET_REF_VOLUMES) {
      if (isRecord(rec(n[t])?.["secretRef"])) out.push({ path: at(t, "secretRef"), resource: "secrets" });
    }
    if (isRecord(n["persistentVolumeClaim"])) out.push({ path: at("persistentVolumeClaim"), resource: "persistentvolumeclaims" });
    if (isRecord(n["ephemeral"])) out.push({ path: at("ephemeral"), resource: "persistentvolumeclaims (via ephemeral volumes)" });
    if (isRecord(n["csi"])) out.push({ path: at("csi"), resource: "csidrivers (via CSI volumes)" });
    if (isRecord(n["glusterfs"])) out.push({ path: at("glusterfs"), resource: "endpoints (via glusterFS volumes)" });
    arr(rec(n["projected"])?.["sources"]).forEach((p, j) => {
      const src = rec(p);
      if (!src) return;
      const kinds = [
        ["secret", "secrets"],
        ["configMap", "configmaps"],
        ["serviceAccountToken", "serviceaccounts (via projected volumes)"],
        ["clusterTrustBundle", "clustertrustbundles"],
        ["podCertificate", "podcertificates"]
      ];
      for (const [key, resource] of kinds) {
        if (isRecord(src[key])) out.push({ path: at("projected", "sources", j, key), resource });
      }
    });
  }
  return out;
}

// rules/emptydir-memory-size-limit.ts
var emptydir_memory_size_limit_default = defineRule({
  id: "emptydir-memory-size-limit",
  meta: {
    description: "Require a sizeLimit on emptyDir volumes with medium Memory",
    category: "pitfall",
    severity: "warning",
    remediation: "Set `emptyDir.sizeLimit` (e.g. `64Mi`) on memory-backed emptyDir volumes, and keep it within the containers' memory limits.",
    messages: {
      noSizeLimit: `{{path}}: emptyDir "{{name}}" is memory-backed (tmpfs) without a sizeLimit: files written to it count as the pod's memory, so it can grow until containers are OOM-killed or the pod is evicted. Set emptyDir.sizeLimit.`
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        for (const v of volumesOf(pod)) {
          const e = rec(v.node["emptyDir"]);
          if (!e || e["medium"] !== "Memory") continue;
          if (e["sizeLimit"] !== void 0 && e["sizeLimit"] !== null && e["sizeLimit"] !== "") continue;
          ctx.report({ messageId: "noSizeLimit", data: { name: v.name ?? `#${v.index}` }, path: pod.at("volumes", v.index, "emptyDir") });
        }
      }
    };
  }
});

// rules/headless-service-subdomain.ts
function sameNamespace(a, b) {
  return a.namespace === void 0 || b.namespace === void 0 || a.namespace === b.namespace;
}
var headless_service_subdomain_default = defineRule({
  id: "headless-service-subdomain",
  meta: {
    description: "Warn when a pod sets a subdomain that names no headless Service among the Services of its namespace in the same run",
    category: "pitfall",
    runObjects: ["Service"],
    severity: "warning",
    remediation: `Create a headless Service (clusterIP: None) whose name equals the pod's subdomain and whose selector matches the pod, or fix the subdomain; otherwise the pod gets no "<hostname>.<subdomain>.<namespace>.svc" DNS record.`,
    messages: {
      noService: '{{path}}: no Service named "{{subdomain}}" among the {{count}} Service(s) of this namespace in the lint run, so the pod gets no DNS record under "{{subdomain}}". Add a headless Service (clusterIP: None) named "{{subdomain}}" that selects the pod, or fix the subdomain.',
      notHeadless: `{{path}}: Service "{{subdomain}}" is not headless (clusterIP is {{clusterIP}}), so no DNS record is published for the pod's hostname under it. Set clusterIP: None on the Service (or add a separate headless Service).`
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const subdomain = str(pod.spec["subdomain"]);
        if (subdomain === void 0 || subdomain === "") return;
        const services = runObjectsOf(ctx.run, "Service").filter((o) => apiGroup(o.apiVersion) === "" && sameNamespace(o, ctx.object));
        if (services.length === 0) return;
        const matches = services.filter((s) => s.name === subdomain);
        if (matches.length === 0) {
          ctx.report({ messageId: "noService", path: pod.at("subdomain"), data: { subdomain, count: services.length } });
          return;
        }
        if (matches.some((s) => rec(s.value["spec"])?.["clusterIP"] === "None")) return;
        const clusterIP = str(rec(matches[0].value["spec"])?.["clusterIP"]);
        ctx.report({
          messageId: "notHeadless",
          path: pod.at("subdomain"),
          data: { subdomain, clusterIP: clusterIP === void 0 || clusterIP === "" ? "unset (one will be allocated)" : JSON.stringify(clusterIP) }
        });
      }
    };
  }
});

// src/k8s/security.ts
var EMPTY = Object.freeze({});
function podSecurityContext(pod) {
  return rec(pod.spec["securityContext"]) ?? EMPTY;
}
function containerSecurityContext(c) {
  return rec(c.node["securityContext"]) ?? EMPTY;
}
function effectiveSetting(pod, c, field) {
  const own = containerSecurityContext(c)[field];
  if (own !== void 0 && own !== null) return { value: own, source: "container", path: c.at("securityContext", field) };
  const inherited = podSecurityContext(pod)[field];
  if (inherited !== void 0 && inherited !== null) return { value: inherited, source: "pod", path: pod.at("securityContext", field) };
  return { value: void 0, source: "unset", path: c.path };
}
function podOS(pod) {
  return str(dig(pod.spec, "os", "name"));
}
function usesUserNamespace(pod) {
  return pod.spec["hostUsers"] === false;
}
function isPrivileged(c) {
  return containerSecurityContext(c)["privileged"] === true;
}
var LINUX_CAPABILITIES = /* @__PURE__ */ new Set([
  "CHOWN",
  "DAC_OVERRIDE",
  "DAC_READ_SEARCH",
  "FOWNER",
  "FSETID",
  "KILL",
  "SETGID",
  "SETUID",
  "SETPCAP",
  "LINUX_IMMUTABLE",
  "NET_BIND_SERVICE",
  "NET_BROADCAST",
  "NET_ADMIN",
  "NET_RAW",
  "IPC_LOCK",
  "IPC_OWNER",
  "SYS_MODULE",
  "SYS_RAWIO",
  "SYS_CHROOT",
  "SYS_PTRACE",
  "SYS_PACCT",
  "SYS_ADMIN",
  "SYS_BOOT",
  "SYS_NICE",
  "SYS_RESOURCE",
  "SYS_TIME",
  "SYS_TTY_CONFIG",
  "MKNOD",
  "LEASE",
  "AUDIT_WRITE",
  "AUDIT_CONTROL",
  "SETFCAP",
  "MAC_OVERRIDE",
  "MAC_ADMIN",
  "SYSLOG",
  "WAKE_ALARM",
  "BLOCK_SUSPEND",
  "AUDIT_READ",
  "PERFMON",
  "BPF",
  "CHECKPOINT_RESTORE"
]);
var CANONICAL = Object.freeze({ kind: "canonical" });
function classifyCapability(name) {
  if (name === "ALL" || LINUX_CAPABILITIES.has(name)) return CANONICAL;
  const upper = name.trim().toUpperCase();
  const bare = upper.startsWith("CAP_") ? upper.slice(4) : upper;
  if (bare === "ALL" || LINUX_CAPABILITIES.has(bare)) return { kind: "variant", canonical: bare };
  return { kind: "unknown" };
}
function suggestCapability(name) {
  const upper = name.toUpperCase().replace(/^CAP_/, "").replace(/[-\s]/g, "_");
  let best;
  let bestDistance = 3;
  for (const cap of LINUX_CAPABILITIES) {
    const d = editDistance(upper, cap);
    if (d < bestDistance) {
      best = cap;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
function capabilityEntries(c, list2) {
  const out = [];
  const values = arr(dig(c.node, "securityContext", "capabilities", list2));
  for (let index = 0; index < values.length; index++) {
    const v = values[index];
    if (typeof v === "string") out.push({ name: v, index });
  }
  return out;
}
function normalizeSysctlName(name) {
  const firstSep = name.search(/[./]/);
  if (firstSep === -1 || name[firstSep] === ".") return name;
  return name.replace(/[./]/g, (ch) => ch === "/" ? "." : "/");
}
function isNetSysctl(name) {
  return normalizeSysctlName(name).startsWith("net.");
}
function isIpcSysctl(name) {
  const n = normalizeSysctlName(name);
  return n.startsWith("kernel.shm") || n.startsWith("kernel.msg") || n === "kernel.sem" || n.startsWith("fs.mqueue.");
}
function isNamespacedSysctl(name) {
  return isNetSysctl(name) || isIpcSysctl(name) || normalizeSysctlName(name) === "kernel.shm_rmid_forced";
}
var SAFE_SYSCTLS = [
  { since: "1.0", names: ["kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start"] },
  { since: "1.27", names: ["net.ipv4.ip_local_reserved_ports"] },
  { since: "1.29", names: ["net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"] },
  { since: "1.32", names: ["net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"] },
  { since: "1.37", names: ["net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"] }
];
var ALLOWED_SYSCTLS = /* @__PURE__ */ new Map();
function allowedSysctls(version) {
  const key = `${version.major}.${version.minor}`;
  let out = ALLOWED_SYSCTLS.get(key);
  if (out === void 0) {
    out = /* @__PURE__ */ new Set();
    for (const group of SAFE_SYSCTLS) if (atLeast(version, group.since)) for (const n of group.names) out.add(n);
    if (ALLOWED_SYSCTLS.size < 256) ALLOWED_SYSCTLS.set(key, out);
  }
  return out;
}
function podSysctls(pod) {
  const out = [];
  arr(podSecurityContext(pod)["sysctls"]).forEach((s, index) => {
    const name = str(rec(s)?.["name"]);
    if (name !== void 0) out.push({ name, index });
  });
  return out;
}
var RUNTIME_SOCKETS = /* @__PURE__ */ new Set([
  "/var/run/docker.sock",
  "/run/docker.sock",
  "/var/run/containerd/containerd.sock",
  "/run/containerd/containerd.sock",
  "/var/run/crio/crio.sock",
  "/run/crio/crio.sock",
  "/var/run/cri-dockerd.sock",
  "/run/cri-dockerd.sock",
  "/var/run/podman/podman.sock",
  "/run/podman/podman.sock",
  "/var/run/dockershim.sock",
  "/run/dockershim.sock",
  "/var/run/frakti.sock",
  "/var/run/rktlet.sock",
  "/var/run/k3s/containerd/containerd.sock",
  "/run/k3s/containerd/containerd.sock",
  "/var/snap/microk8s/common/run/containerd.sock"
]);
var RUNTIME_SOCKET_DIRS = /* @__PURE__ */ new Set([
  "/var/run",
  "/run",
  "/var/run/containerd",
  "/run/containerd",
  "/var/run/crio",
  "/run/crio",
  "/var/run/docker",
  "/run/docker",
  "/var/run/podman",
  "/run/podman",
  "/var/run/k3s/containerd",
  "/run/k3s/containerd",
  "/var/snap/microk8s/common/run"
]);
var SENSITIVE_HOST_PATHS = /* @__PURE__ */ new Set(["/", "/proc", "/etc"]);
function normalizeHostPath(p) {
  const parts = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join("/")}`;
}
function classifyHostPath(p) {
  if (!p.startsWith("/")) return void 0;
  const n = normalizeHostPath(p);
  if (RUNTIME_SOCKETS.has(n)) return "runtimeSocket";
  if (SENSITIVE_HOST_PATHS.has(n)) return "hostRoot";
  if (RUNTIME_SOCKET_DIRS.has(n)) return "runtimeSocketDir";
  return void 0;
}
var MIN_ID = 0;
var MAX_ID = 2147483647;
function isValidId(v) {
  return Number.isInteger(v) && v >= MIN_ID && v <= MAX_ID;
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/dash", "/usr/bin/sh", "/usr/bin/bash", "/usr/bin/env"]);
var SYSCTL_BINARIES = /* @__PURE__ */ new Set(["sysctl", "/sbin/sysctl", "/usr/sbin/sysctl", "/bin/sysctl", "/usr/bin/sysctl"]);
function sysctlStatement(statement) {
  const words = statement.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return [];
  if (words[0] === "exec") words.shift();
  if (SYSCTL_BINARIES.has(words[0])) {
    const names = [];
    for (const w of words.slice(1)) {
      if (/^-[a-zA-Z]+$/.test(w)) {
        if (/[^wqe]/.test(w.slice(1))) return void 0;
        continue;
      }
      const m = /^["']?([^=\s"']+)=/.exec(w);
      if (!m) return void 0;
      names.push(m[1]);
    }
    return names.length > 0 ? names : void 0;
  }
  const echo = /^(?:echo|printf)\s+(?:-n\s+)?("[^"]*"|'[^']*'|\S+)\s*>\s*\/proc\/sys\/(\S+)$/.exec(statement.trim());
  if (echo) return [echo[2].replace(/\//g, ".")];
  return void 0;
}
function sysctlsSetByCommand(c) {
  const words = [...arr(c.node["command"]), ...arr(c.node["args"])];
  if (words.length === 0 || !words.every((w) => typeof w === "string")) return void 0;
  let script;
  if (SHELLS.has(words[0])) {
    let i = 1;
    if (words[0] === "/usr/bin/env") i = 2;
    while (i < words.length && /^-[a-z]*$/.test(words[i]) && words[i] !== "-c") i++;
    if (words[i] !== "-c") return void 0;
    script = words.slice(i + 1).join(" ");
  } else {
    script = words.join(" ");
  }
  const names = [];
  for (const statement of script.split(/&&|\|\||;|\n/)) {
    const s = statement.trim();
    if (s === "" || /^set\s+-[a-z]+$/.test(s) || s === "true") continue;
    const found = sysctlStatement(s);
    if (found === void 0) return void 0;
    names.push(...found);
  }
  return names.length > 0 ? names : void 0;
}

// rules/misleading-security-context.ts
var misleading_security_context_default = defineRule({
  id: "misleading-security-context",
  meta: {
    description: "Warn about security settings that do not confine the container the way they suggest",
    category: "security",
    severity: "warning",
    remediation: "Remove the capability or `privileged: true` that defeats the setting; the restricting field alone does not confine the container.",
    messages: {
      sysAdminNoEscalation: '{{path}}: {{value}} is added while allowPrivilegeEscalation is false; the API server only rejects the literal "CAP_SYS_ADMIN", yet SYS_ADMIN can still gain every privilege (mount, namespaces, BPF). Drop SYS_ADMIN and add narrower capabilities.',
      privilegedReadOnly: "{{path}}: readOnlyRootFilesystem does not confine a privileged container: it can remount the root filesystem read-write and write to every host device. Remove privileged: true.",
      privilegedNonRoot: "{{path}}: runAsNonRoot ({{source}}) does not confine a privileged container: a non-root user in a privileged container still has every capability and the host's devices. Remove privileged: true."
    }
  },
  create(ctx) {
    return {
      container(c, pod) {
        const sc = containerSecurityContext(c);
        if (sc["allowPrivilegeEscalation"] === false) {
          for (const { name, index } of capabilityEntries(c, "add")) {
            const kind = classifyCapability(name);
            const isSysAdmin = name === "SYS_ADMIN" || kind.kind === "variant" && kind.canonical === "SYS_ADMIN";
            if (isSysAdmin && name !== "CAP_SYS_ADMIN") {
              ctx.report({ messageId: "sysAdminNoEscalation", path: c.at("securityContext", "capabilities", "add", index), data: { value: JSON.stringify(name) } });
            }
          }
        }
        if (!isPrivileged(c)) return;
        if (sc["readOnlyRootFilesystem"] === true) ctx.report({ messageId: "privilegedReadOnly", path: c.at("securityContext", "readOnlyRootFilesystem") });
        const nonRoot = effectiveSetting(pod, c, "runAsNonRoot");
        if (nonRoot.value === true) {
          ctx.report({
            messageId: "privilegedNonRoot",
            path: nonRoot.source === "container" ? nonRoot.path : c.at("securityContext", "privileged"),
            data: { source: nonRoot.source === "container" ? "set on the container" : "inherited from spec.securityContext" }
          });
        }
      }
    };
  }
});

// rules/no-discarded-metadata-change.ts
var no_discarded_metadata_change_default = defineRule({
  id: "no-discarded-metadata-change",
  meta: {
    description: "Warn about metadata changes the API server silently discards on update: creationTimestamp, generation and an existing deletionTimestamp",
    category: "pitfall",
    severity: "warning",
    phase: "update",
    remediation: "Remove server-managed fields (creationTimestamp, generation, deletionTimestamp) from the manifest; the API server keeps its own values.",
    messages: {
      discarded: "{{path}}: changed from {{old}} to {{value}}, but the API server restores the stored value on every update, so this change will be discarded. Remove the field from the manifest."
    }
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        const oldMeta = rec(previous.value["metadata"]) ?? {};
        const newMeta = rec(current.value["metadata"]) ?? {};
        const keys = ["creationTimestamp", "generation"];
        if (oldMeta["deletionTimestamp"] !== void 0 && oldMeta["deletionTimestamp"] !== null) keys.push("deletionTimestamp");
        for (const key of keys) {
          const o = oldMeta[key];
          const n = newMeta[key];
          if (n === void 0 || n === null) {
            if (key !== "deletionTimestamp" || o === void 0 || o === null) continue;
          }
          if (semanticEqual(o, n)) continue;
          const path5 = ["metadata", key];
          ctx.report({ messageId: "discarded", path: path5, previousPath: path5, data: { old: show(o), value: show(n) } });
        }
      }
    };
  }
});

// rules/no-duplicate-container-port.ts
var no_duplicate_container_port_default = defineRule({
  id: "no-duplicate-container-port",
  meta: {
    description: "Disallow two containers of a pod (regular or native sidecar) declaring the same containerPort and protocol",
    category: "pitfall",
    severity: "error",
    remediation: "Move one of the processes to another port; containers of a pod share one network namespace, so only one of them can bind a port.",
    messages: {
      duplicate: `{{path}}: containers "{{other}}" and "{{container}}" both listen on {{port}}/{{protocol}}; they share the pod's network namespace, so "{{container}}", which starts later, fails to bind. Move one of them to another port.`
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const v = ctx.settings.kubernetesVersion;
        const ordered = [];
        let ports = 0;
        for (const c of pod.containers) {
          if (c.list === "initContainers" && isNativeSidecar(c, v)) {
            ordered.push(c);
            ports += portsOf(c).length;
          }
        }
        for (const c of pod.containers) {
          if (c.list === "containers") {
            ordered.push(c);
            ports += portsOf(c).length;
          }
        }
        if (ports < 2) return;
        const seen = /* @__PURE__ */ new Map();
        for (const c of ordered) {
          const mine = /* @__PURE__ */ new Set();
          for (const p of portsOf(c)) {
            if (p.containerPort === void 0) continue;
            const key = `${p.containerPort}/${p.protocol}`;
            const other = seen.get(key);
            const name = c.name ?? `#${c.index}`;
            if (other !== void 0 && other !== name) {
              ctx.report({ messageId: "duplicate", data: { other, container: name, port: p.containerPort, protocol: p.protocol }, path: c.at("ports", p.index, "containerPort") });
            }
            mine.add(key);
          }
          for (const k of mine) if (!seen.has(k)) seen.set(k, c.name ?? `#${c.index}`);
        }
      }
    };
  }
});

// rules/no-duplicate-env.ts
var no_duplicate_env_default = defineRule({
  id: "no-duplicate-env",
  meta: {
    description: "Disallow duplicate environment variable names in one container",
    category: "pitfall",
    severity: "warning",
    remediation: "Keep one entry per variable name; remove or rename the other.",
    messages: {
      duplicate: '{{path}}: hides previous definition of "{{name}}" ({{first}}), which may be dropped when using apply. Keep one entry for "{{name}}".'
    }
  },
  create(ctx) {
    return {
      container(c) {
        const env = arr(c.node["env"]);
        if (env.length < 2) return;
        const seen = /* @__PURE__ */ new Map();
        for (let i = 0; i < env.length; i++) {
          const name = str(rec(env[i])?.["name"]);
          if (name === void 0 || name === "") continue;
          const first = seen.get(name);
          if (first !== void 0) ctx.report({ messageId: "duplicate", data: { name, first: `env[${first}]` }, path: c.at("env", i, "name") });
          else seen.set(name, i);
        }
      }
    };
  }
});

// rules/no-ephemeral-containers-on-create.ts
var no_ephemeral_containers_on_create_default = defineRule({
  id: "no-ephemeral-containers-on-create",
  meta: {
    description: "Disallow ephemeral containers in a Pod that is being created",
    category: "validity",
    severity: "error",
    phase: "create",
    remediation: "Remove `spec.ephemeralContainers` from the manifest (it often comes from `kubectl get pod -o yaml` of a debugged pod) and add debug containers to the running pod with `kubectl debug`.",
    messages: {
      onCreate: "{{path}}: Forbidden: cannot be set on create. Remove the ephemeral containers; add them to the running pod with `kubectl debug -it <pod> --image=\u2026`."
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        if (!pod.isTemplate && arr(pod.spec["ephemeralContainers"]).length > 0) ctx.report({ messageId: "onCreate", path: pod.at("ephemeralContainers") });
      }
    };
  }
});

// rules/no-localhost-probe-host.ts
var no_localhost_probe_host_default = defineRule({
  id: "no-localhost-probe-host",
  meta: {
    description: "Disallow localhost as the host of probes and lifecycle HTTP hooks",
    category: "pitfall",
    severity: "warning",
    remediation: "Remove `host`: it defaults to the pod IP, which is what the kubelet should connect to. Use httpHeaders for a virtual host name.",
    messages: {
      localhost: "{{path}}: {{host}} is the node, not the container: the kubelet sends probes and hooks from the node's network namespace. Remove host (it defaults to the pod IP); set a Host header in httpHeaders if the server needs one."
    }
  },
  create(ctx) {
    return {
      container(c) {
        for (const t of handlerTargets(c, { lifecycle: true })) {
          if (t.host !== void 0 && isLocalhost(t.host)) ctx.report({ messageId: "localhost", data: { host: JSON.stringify(t.host) }, path: c.at(...t.path, "host") });
        }
      }
    };
  }
});

// src/k8s/pod-security.ts
var PSS_CHECKS = [
  { id: "privileged", level: "baseline", since: "1.0" },
  { id: "capabilities_baseline", level: "baseline", since: "1.0" },
  { id: "hostNamespaces", level: "baseline", since: "1.0" },
  { id: "hostPathVolumes", level: "baseline", since: "1.0" },
  { id: "hostPorts", level: "baseline", since: "1.0" },
  { id: "hostProbesAndHostLifecycle", level: "baseline", since: "1.34" },
  { id: "procMount", level: "baseline", since: "1.0" },
  { id: "seLinuxOptions", level: "baseline", since: "1.0" },
  { id: "seccompProfile_baseline", level: "baseline", since: "1.0" },
  { id: "sysctls", level: "baseline", since: "1.0" },
  { id: "windowsHostProcess", level: "baseline", since: "1.0" },
  { id: "appArmorProfile", level: "baseline", since: "1.0" },
  { id: "allowPrivilegeEscalation", level: "restricted", since: "1.8" },
  { id: "capabilities_restricted", level: "restricted", since: "1.22", overrides: { check: "capabilities_baseline", since: "1.22" } },
  { id: "runAsNonRoot", level: "restricted", since: "1.0" },
  { id: "runAsUser", level: "restricted", since: "1.23" },
  { id: "seccompProfile_restricted", level: "restricted", since: "1.19", overrides: { check: "seccompProfile_baseline", since: "1.19" } },
  { id: "restrictedVolumes", level: "restricted", since: "1.0", overrides: { check: "hostPathVolumes", since: "1.0" } },
  { id: "procMount_restricted", level: "restricted", since: "1.35", overrides: { check: "procMount", since: "1.35" } }
];
var BY_ID = new Map(PSS_CHECKS.map((c) => [c.id, c]));
function pssCheck(id) {
  return BY_ID.get(id);
}
var ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
var ENFORCE_VERSION_LABEL = "pod-security.kubernetes.io/enforce-version";
var LEVELS = ["privileged", "baseline", "restricted"];
var POLICY_VERSION_RE = /^v1\.([0-9]|[1-9][0-9]*)$/;
function parsePolicyVersion(label, latest) {
  if (label === "latest") return latest;
  const m = POLICY_VERSION_RE.exec(label);
  if (!m) return void 0;
  const v = { major: 1, minor: Number(m[1]) };
  return compareVersions(v, latest) > 0 ? latest : v;
}
function namespacesOf(run) {
  return run.objectsOf ? run.objectsOf("Namespace") : run.objects;
}
function resolvePodSecurityPolicy({ settings, object, run }) {
  const latest = settings.kubernetesVersion;
  if (object.namespace === void 0) return { level: settings.podSecurityLevel, version: latest, source: "settings" };
  const labels = rec(dig(namespaceNamed(namespacesOf(run), object.namespace)?.value, "metadata", "labels"));
  if (!labels || labels[ENFORCE_LABEL] === void 0 && labels[ENFORCE_VERSION_LABEL] === void 0) {
    return { level: settings.podSecurityLevel, version: latest, source: "settings" };
  }
  let level = settings.podSecurityLevel;
  if (labels[ENFORCE_LABEL] !== void 0) {
    const text = str(labels[ENFORCE_LABEL]);
    level = text !== void 0 && LEVELS.includes(text) ? text : "restricted";
  }
  let version = latest;
  if (labels[ENFORCE_VERSION_LABEL] !== void 0) {
    const text = str(labels[ENFORCE_VERSION_LABEL]);
    version = (text !== void 0 ? parsePolicyVersion(text, latest) : void 0) ?? latest;
  }
  return { level, version, source: "namespace" };
}
var newPolicySlot = () => ({ object: void 0, settings: void 0, objects: void 0, length: 0, policy: void 0 });
function podSecurityPolicyFor(inputs) {
  const pod = inputs.object.podSpec;
  if (pod === void 0) return resolvePodSecurityPolicy(inputs);
  const objects = namespacesOf(inputs.run);
  const slot = podPolicyData(pod, newPolicySlot);
  if (slot.policy === void 0 || slot.object !== inputs.object || slot.settings !== inputs.settings || slot.objects !== objects || slot.length !== objects.length) {
    slot.policy = resolvePodSecurityPolicy(inputs);
    slot.object = inputs.object;
    slot.settings = inputs.settings;
    slot.objects = objects;
    slot.length = objects.length;
  }
  return slot.policy;
}
var namespaceIndex = /* @__PURE__ */ new WeakMap();
function namespaceNamed(objects, name) {
  if (objects.length <= 8) return objects.find((o) => o.kind === "Namespace" && o.apiVersion === "v1" && o.name === name);
  let index = namespaceIndex.get(objects);
  if (!index || index.length !== objects.length) {
    const byName = /* @__PURE__ */ new Map();
    for (const o of objects) if (o.kind === "Namespace" && o.apiVersion === "v1" && o.name !== void 0 && !byName.has(o.name)) byName.set(o.name, o);
    index = { length: objects.length, byName };
    namespaceIndex.set(objects, index);
  }
  return index.byName.get(name);
}
function formatPolicy(policy) {
  return `${policy.level}:v${formatVersion(policy.version)}`;
}
function isCheckActive(id, policy) {
  if (policy.level === "privileged") return false;
  const key = (policy.level === "restricted" ? 1e6 : 0) + policy.version.major * 1e3 + policy.version.minor;
  let row = ACTIVE.get(key);
  if (row === void 0) {
    row = PSS_CHECKS.map((c) => computeCheckActive(c.id, policy));
    if (ACTIVE.size < 1024) ACTIVE.set(key, row);
  }
  return row[CHECK_INDEX.get(id)];
}
var ACTIVE = /* @__PURE__ */ new Map();
var CHECK_INDEX = new Map(PSS_CHECKS.map((c, i) => [c.id, i]));
function computeCheckActive(id, policy) {
  const def = pssCheck(id);
  if (def.level === "restricted" && policy.level !== "restricted") return false;
  if (!atLeast(policy.version, def.since)) return false;
  if (policy.level === "restricted") {
    for (const other of PSS_CHECKS) {
      if (other.overrides?.check === id && atLeast(policy.version, other.overrides.since)) return false;
    }
  }
  return true;
}
var q = (s) => JSON.stringify(s);
var containerLabel = (c) => `container ${q(c.name ?? `#${c.index}`)}`;
function failure(check2, path5, reason, detail, container2) {
  return container2 ? { check: check2, level: pssCheck(check2).level, path: path5, reason, detail, container: container2 } : { check: check2, level: pssCheck(check2).level, path: path5, reason, detail };
}
var isWindows = (pod) => podOS(pod) === "windows";
function procMountFailures(check2, pod) {
  const out = [];
  for (const c of pod.containers) {
    const pm = containerSecurityContext(c)["procMount"];
    if (pm === void 0 || pm === null || pm === "Default") continue;
    out.push(failure(check2, c.at("securityContext", "procMount"), "procMount", `${containerLabel(c)} must not set securityContext.procMount to ${q(String(pm))}`, c));
  }
  return out;
}
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set(["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]);
var SELINUX_TYPES_1_0 = ["", "container_t", "container_init_t", "container_kvm_t"];
var SELINUX_TYPES_1_31 = [...SELINUX_TYPES_1_0, "container_engine_t"];
var RESTRICTED_VOLUME_TYPES = /* @__PURE__ */ new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"]);
var SECCOMP_OK = (t) => t === "RuntimeDefault" || t === "Localhost";
var SECCOMP_ANNOTATION_POD = "seccomp.security.alpha.kubernetes.io/pod";
var SECCOMP_ANNOTATION_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
var APPARMOR_ANNOTATION_PREFIX2 = "container.apparmor.security.beta.kubernetes.io/";
function profileSetters(pod, field) {
  const out = [];
  const podValue = rec(podSecurityContext(pod)[field]);
  if (podValue) out.push({ path: pod.at("securityContext", field), value: podValue, who: "pod" });
  for (const c of pod.containers) {
    const v = rec(containerSecurityContext(c)[field]);
    if (v) out.push({ path: c.at("securityContext", field), value: v, who: containerLabel(c), container: c });
  }
  return out;
}
var HOST_HANDLERS = [["livenessProbe"], ["readinessProbe"], ["startupProbe"], ["lifecycle", "postStart"], ["lifecycle", "preStop"]];
var HOST_ACTIONS = ["httpGet", "tcpSocket"];
var annotationsOf = (pod) => rec(pod.metadata["annotations"]) ?? {};
var EVALUATORS = {
  privileged(pod) {
    return pod.containers.filter((c) => containerSecurityContext(c)["privileged"] === true).map((c) => failure("privileged", c.at("securityContext", "privileged"), "privileged", `${containerLabel(c)} must not set securityContext.privileged=true`, c));
  },
  capabilities_baseline(pod) {
    const out = [];
    for (const c of pod.containers) {
      arr(dig(c.node, "securityContext", "capabilities", "add")).forEach((cap, i) => {
        if (typeof cap === "string" && BASELINE_CAPABILITIES.has(cap)) return;
        out.push(failure("capabilities_baseline", c.at("securityContext", "capabilities", "add", i), "non-default capabilities", `${containerLabel(c)} must not include ${q(String(cap))} in securityContext.capabilities.add`, c));
      });
    }
    return out;
  },
  hostNamespaces(pod) {
    return ["hostNetwork", "hostPID", "hostIPC"].filter((f) => pod.spec[f] === true).map((f) => failure("hostNamespaces", pod.at(f), "host namespaces", `${f}=true`));
  },
  hostPathVolumes(pod) {
    const out = [];
    arr(pod.spec["volumes"]).forEach((v, i) => {
      if (!isRecord(v) || v["hostPath"] === void 0 || v["hostPath"] === null) return;
      out.push(failure("hostPathVolumes", pod.at("volumes", i, "hostPath"), "hostPath volumes", `volume ${q(str(v["name"]) ?? `#${i}`)}`));
    });
    return out;
  },
  hostPorts(pod) {
    const out = [];
    const defaulted = !pod.isTemplate && pod.spec["hostNetwork"] === true;
    for (const c of pod.containers) {
      arr(c.node["ports"]).forEach((p, i) => {
        const hp = num(rec(p)?.["hostPort"]);
        if (hp !== void 0 && hp !== 0) {
          out.push(failure("hostPorts", c.at("ports", i, "hostPort"), "hostPort", `${containerLabel(c)} uses hostPort ${hp}`, c));
          return;
        }
        const cp = num(rec(p)?.["containerPort"]);
        if (defaulted && c.role !== "ephemeral" && cp !== void 0 && cp !== 0) {
          out.push(failure("hostPorts", c.at("ports", i), "hostPort", `${containerLabel(c)} uses hostPort ${cp} (defaulted to containerPort because hostNetwork is true)`, c));
        }
      });
    }
    return out;
  },
  hostProbesAndHostLifecycle(pod) {
    const out = [];
    for (const c of pod.containers) {
      const lifecycle = rec(c.node["lifecycle"]);
      for (const where of HOST_HANDLERS) {
        const handler2 = rec(where.length === 1 ? c.node[where[0]] : lifecycle?.[where[1]]);
        if (!handler2) continue;
        for (const action of HOST_ACTIONS) {
          const host = str(rec(handler2[action])?.["host"]);
          if (host === void 0 || host === "") continue;
          out.push(failure("hostProbesAndHostLifecycle", c.at(...where, action, "host"), "probe or lifecycle host", `${containerLabel(c)} uses probe or lifecycle host ${q(host)}`, c));
        }
      }
    }
    return out;
  },
  procMount(pod, version) {
    if (atLeast(version, "1.35") && usesUserNamespace(pod)) return [];
    return procMountFailures("procMount", pod);
  },
  seLinuxOptions(pod, version) {
    const allowed = atLeast(version, "1.31") ? SELINUX_TYPES_1_31 : SELINUX_TYPES_1_0;
    const out = [];
    for (const s of profileSetters(pod, "seLinuxOptions")) {
      const type = s.value["type"];
      const typeText = type === void 0 || type === null ? "" : String(type);
      if (!allowed.includes(typeText)) {
        out.push(failure("seLinuxOptions", [...s.path, "type"], "seLinuxOptions", `${s.who} set forbidden securityContext.seLinuxOptions: type ${q(typeText)}`, s.container));
      }
      for (const f of ["user", "role"]) {
        const v = s.value[f];
        if (v === void 0 || v === null || v === "") continue;
        out.push(failure("seLinuxOptions", [...s.path, f], "seLinuxOptions", `${s.who} set forbidden securityContext.seLinuxOptions: ${f} may not be set`, s.container));
      }
    }
    return out;
  },
  seccompProfile_baseline(pod, version) {
    const out = [];
    if (!atLeast(version, "1.19")) {
      const annotations = annotationsOf(pod);
      const okAnnotation = (v) => v === "runtime/default" || v === "docker/default" || v.startsWith("localhost/");
      const podValue = str(annotations[SECCOMP_ANNOTATION_POD]);
      if (podValue !== void 0 && !okAnnotation(podValue)) {
        out.push(failure("seccompProfile_baseline", [...pod.metadataPath, "annotations", SECCOMP_ANNOTATION_POD], "seccompProfile", `forbidden annotation ${SECCOMP_ANNOTATION_POD}=${q(podValue)}`));
      }
      for (const c of pod.containers) {
        const key = `${SECCOMP_ANNOTATION_CONTAINER}${c.name ?? ""}`;
        const v = str(annotations[key]);
        if (v !== void 0 && !okAnnotation(v)) out.push(failure("seccompProfile_baseline", [...pod.metadataPath, "annotations", key], "seccompProfile", `forbidden annotation ${key}=${q(v)}`, c));
      }
      return out;
    }
    for (const s of profileSetters(pod, "seccompProfile")) {
      const type = s.value["type"];
      if (SECCOMP_OK(type)) continue;
      const path5 = type === void 0 ? s.path : [...s.path, "type"];
      out.push(failure("seccompProfile_baseline", path5, "seccompProfile", `${s.who} must not set securityContext.seccompProfile.type to ${q(type === void 0 || type === null ? "" : String(type))}`, s.container));
    }
    return out;
  },
  sysctls(pod, version) {
    const allowed = allowedSysctls(version);
    const out = [];
    arr(podSecurityContext(pod)["sysctls"]).forEach((s, i) => {
      const name = rec(s)?.["name"];
      const text = typeof name === "string" ? name : "";
      if (allowed.has(text)) return;
      out.push(failure("sysctls", pod.at("securityContext", "sysctls", i, "name"), "forbidden sysctls", text));
    });
    return out;
  },
  windowsHostProcess(pod) {
    const out = [];
    if (dig(podSecurityContext(pod), "windowsOptions", "hostProcess") === true) {
      out.push(failure("windowsHostProcess", pod.at("securityContext", "windowsOptions", "hostProcess"), "hostProcess", "pod must not set securityContext.windowsOptions.hostProcess=true"));
    }
    for (const c of pod.containers) {
      if (dig(containerSecurityContext(c), "windowsOptions", "hostProcess") !== true) continue;
      out.push(failure("windowsHostProcess", c.at("securityContext", "windowsOptions", "hostProcess"), "hostProcess", `${containerLabel(c)} must not set securityContext.windowsOptions.hostProcess=true`, c));
    }
    return out;
  },
  appArmorProfile(pod) {
    const out = [];
    for (const s of profileSetters(pod, "appArmorProfile")) {
      const type = s.value["type"];
      if (type === "RuntimeDefault" || type === "Localhost") continue;
      const path5 = type === void 0 ? s.path : [...s.path, "type"];
      out.push(failure("appArmorProfile", path5, "forbidden AppArmor profile", `${s.who} must not set AppArmor profile type to ${q(type === void 0 || type === null ? "" : String(type))}`, s.container));
    }
    const annotations = annotationsOf(pod);
    for (const key of Object.keys(annotations).sort()) {
      if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX2)) continue;
      const v = annotations[key];
      const text = typeof v === "string" ? v : "";
      if (text === "" || text === "runtime/default" || text.startsWith("localhost/")) continue;
      out.push(failure("appArmorProfile", [...pod.metadataPath, "annotations", key], "forbidden AppArmor profile", `annotation ${key}=${q(text)}`));
    }
    return out;
  },
  allowPrivilegeEscalation(pod, version) {
    if (atLeast(version, "1.25") && isWindows(pod)) return [];
    const out = [];
    for (const c of pod.containers) {
      const v = containerSecurityContext(c)["allowPrivilegeEscalation"];
      if (v === false) continue;
      const path5 = v === void 0 || v === null ? c.path : c.at("securityContext", "allowPrivilegeEscalation");
      out.push(failure("allowPrivilegeEscalation", path5, "allowPrivilegeEscalation != false", `${containerLabel(c)} must set securityContext.allowPrivilegeEscalation=false`, c));
    }
    return out;
  },
  capabilities_restricted(pod, version) {
    if (atLeast(version, "1.25") && isWindows(pod)) return [];
    const out = [];
    for (const c of pod.containers) {
      const caps = rec(containerSecurityContext(c)["capabilities"]);
      const drop = caps?.["drop"];
      if (!arr(drop).includes("ALL")) {
        const path5 = Array.isArray(drop) ? c.at("securityContext", "capabilities", "drop") : c.path;
        out.push(failure("capabilities_restricted", path5, "unrestricted capabilities", `${containerLabel(c)} must set securityContext.capabilities.drop=["ALL"]`, c));
      }
      arr(caps?.["add"]).forEach((cap, i) => {
        if (cap === "NET_BIND_SERVICE") return;
        out.push(failure("capabilities_restricted", c.at("securityContext", "capabilities", "add", i), "unrestricted capabilities", `${containerLabel(c)} must not include ${q(String(cap))} in securityContext.capabilities.add`, c));
      });
    }
    return out;
  },
  runAsNonRoot(pod, version) {
    if (atLeast(version, "1.35") && usesUserNamespace(pod)) return [];
    const out = [];
    const podValue = podSecurityContext(pod)["runAsNonRoot"];
    if (podValue === false) out.push(failure("runAsNonRoot", pod.at("securityContext", "runAsNonRoot"), "runAsNonRoot != true", "pod must not set securityContext.runAsNonRoot=false"));
    for (const c of pod.containers) {
      const eff = effectiveSetting(pod, c, "runAsNonRoot");
      if (eff.value === true) continue;
      if (eff.source === "pod") continue;
      if (eff.source === "container") {
        out.push(failure("runAsNonRoot", eff.path, "runAsNonRoot != true", `${containerLabel(c)} must not set securityContext.runAsNonRoot=false`, c));
      } else {
        out.push(failure("runAsNonRoot", c.path, "runAsNonRoot != true", `pod or ${containerLabel(c)} must set securityContext.runAsNonRoot=true`, c));
      }
    }
    return out;
  },
  runAsUser(pod, version) {
    if (atLeast(version, "1.35") && usesUserNamespace(pod)) return [];
    const out = [];
    if (podSecurityContext(pod)["runAsUser"] === 0) out.push(failure("runAsUser", pod.at("securityContext", "runAsUser"), "runAsUser=0", "pod must not set runAsUser=0"));
    for (const c of pod.containers) {
      if (containerSecurityContext(c)["runAsUser"] !== 0) continue;
      out.push(failure("runAsUser", c.at("securityContext", "runAsUser"), "runAsUser=0", `${containerLabel(c)} must not set runAsUser=0`, c));
    }
    return out;
  },
  seccompProfile_restricted(pod, version) {
    if (atLeast(version, "1.25") && isWindows(pod)) return [];
    const out = [];
    const podProfile = rec(podSecurityContext(pod)["seccompProfile"]);
    const typeText = (t) => t === void 0 || t === null ? "" : String(t);
    if (podProfile && !SECCOMP_OK(podProfile["type"])) {
      const path5 = podProfile["type"] === void 0 ? pod.at("securityContext", "seccompProfile") : pod.at("securityContext", "seccompProfile", "type");
      out.push(failure("seccompProfile_restricted", path5, "seccompProfile", `pod must not set securityContext.seccompProfile.type to ${q(typeText(podProfile["type"]))}`));
    }
    for (const c of pod.containers) {
      const own = rec(containerSecurityContext(c)["seccompProfile"]);
      if (own) {
        if (SECCOMP_OK(own["type"])) continue;
        const path5 = own["type"] === void 0 ? c.at("securityContext", "seccompProfile") : c.at("securityContext", "seccompProfile", "type");
        out.push(failure("seccompProfile_restricted", path5, "seccompProfile", `${containerLabel(c)} must not set securityContext.seccompProfile.type to ${q(typeText(own["type"]))}`, c));
      } else if (!podProfile) {
        out.push(failure("seccompProfile_restricted", c.path, "seccompProfile", `pod or ${containerLabel(c)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`, c));
      }
    }
    return out;
  },
  restrictedVolumes(pod) {
    const out = [];
    arr(pod.spec["volumes"]).forEach((v, i) => {
      if (!isRecord(v)) return;
      const keys = Object.keys(v).filter((k) => k !== "name" && v[k] !== null && v[k] !== void 0);
      if (keys.length === 0 || keys.some((k) => RESTRICTED_VOLUME_TYPES.has(k))) return;
      const type = keys[0];
      out.push(failure("restrictedVolumes", pod.at("volumes", i, type), "restricted volume types", `volume ${q(str(v["name"]) ?? `#${i}`)} uses restricted volume type ${q(type)}`));
    });
    return out;
  },
  procMount_restricted(pod) {
    return procMountFailures("procMount_restricted", pod);
  }
};
function podSecurityVisitors(ctx, id) {
  return {
    podSpec(pod) {
      const policy = podSecurityPolicyFor(ctx);
      if (!isCheckActive(id, policy)) return;
      for (const f of EVALUATORS[id](pod, policy.version)) {
        ctx.report({ messageId: "violation", path: f.path, data: { policy: formatPolicy(policy), reason: f.reason, detail: f.detail, check: id } });
      }
    }
  };
}

// rules/no-privileged-container.ts
var no_privileged_container_default = defineRule({
  id: "no-privileged-container",
  meta: {
    description: "Disallow privileged containers of any role",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove `securityContext.privileged: true` and add only the Linux capabilities the container needs under `securityContext.capabilities.add`.",
    messages: {
      privileged: `{{path}}: {{role}} "{{name}}" is privileged: it gets every capability and the host's devices, so escaping to the node is trivial. Remove privileged: true and add only the capabilities it needs.`
    },
    podSecurity: { level: "baseline", check: "privileged" }
  },
  create(ctx) {
    const active = ctx.settings.cluster.allowPrivileged && isCheckActive("privileged", podSecurityPolicyFor(ctx));
    return {
      container(c) {
        if (!active) return;
        if (dig(c.node, "securityContext", "privileged") !== true) return;
        ctx.report({
          messageId: "privileged",
          data: { name: c.name ?? `#${c.index}`, role: c.role === "app" ? "container" : `${c.role} container` },
          path: c.at("securityContext", "privileged")
        });
      }
    };
  }
});

// rules/no-sensitive-host-path.ts
var no_sensitive_host_path_default = defineRule({
  id: "no-sensitive-host-path",
  meta: {
    description: "Disallow hostPath volumes of container runtime sockets and of /, /proc and /etc",
    category: "security",
    severity: "warning",
    remediation: "Remove the hostPath volume; talk to the Kubernetes API instead of the runtime socket, and mount only the specific host files a node agent needs, read-only.",
    messages: {
      runtimeSocket: "{{path}}: {{value}} is a container runtime socket: whoever can write to it can start a privileged container on the node. Remove the volume; use the Kubernetes API instead.",
      runtimeSocketDir: "{{path}}: {{value}} holds the container runtime socket: mounting it gives the pod control of the node's containers. Mount only the specific file the pod needs, or nothing.",
      hostRoot: "{{path}}: {{value}} exposes the node itself (credentials, kubelet configuration, every process): a pod that mounts it owns the node. Mount only the specific host files needed, read-only."
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        arr(pod.spec["volumes"]).forEach((v, i) => {
          const p = str(dig(v, "hostPath", "path"));
          if (p === void 0) return;
          const kind = classifyHostPath(p);
          if (kind) ctx.report({ messageId: kind, path: pod.at("volumes", i, "hostPath", "path"), data: { value: JSON.stringify(p) } });
        });
      }
    };
  }
});

// rules/no-sidecar-in-job-containers.ts
var no_sidecar_in_job_containers_default = defineRule({
  id: "no-sidecar-in-job-containers",
  meta: {
    description: "Warn when a Job or CronJob runs a long-running helper (proxy, agent, log shipper) as a regular container",
    category: "pitfall",
    severity: "warning",
    remediation: "Run the helper as a native sidecar (an init container with `restartPolicy: Always`, Kubernetes 1.29 or later), which the kubelet stops once the main containers exit; on older versions have the main container stop the helper when it is done.",
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        sidecarNames: { type: "array", items: { type: "string" }, description: "Container names that are long-running helpers in your setup, in addition to the known proxy and agent images." },
        sidecarImages: {
          type: "array",
          items: { type: "string" },
          description: "Image name fragments (e.g. `my-registry/log-agent`) of long-running helpers, in addition to the known ones."
        }
      }
    },
    messages: {
      neverCompletes: `{{path}}: container "{{container}}" runs {{what}}, which does not exit on its own: the Job's pod keeps running after "{{main}}" finishes and the Job never completes. {{fix}}`
    }
  },
  defaultOptions: { sidecarNames: [], sidecarImages: [] },
  create(ctx) {
    const { sidecarNames, sidecarImages } = ctx.options;
    const native = nativeSidecarsSupported(ctx.settings.kubernetesVersion);
    return {
      podSpec(pod) {
        if (pod.kind !== "Job" && pod.kind !== "CronJob") return;
        const regular = pod.containers.filter((c) => c.list === "containers");
        if (regular.length < 2) return;
        const helperOf = (c) => {
          if (c.name !== void 0 && sidecarNames.includes(c.name)) return "a helper configured as a sidecar";
          const image = typeof c.node["image"] === "string" ? c.node["image"] : "";
          if (sidecarImages.some((f) => f !== "" && image.includes(f))) return "a helper configured as a sidecar";
          return knownHelper(c);
        };
        const helpers = regular.map((c) => ({ c, what: helperOf(c) }));
        const main = helpers.find((h) => h.what === void 0)?.c;
        if (!main) return;
        for (const { c, what } of helpers) {
          if (what === void 0) continue;
          const fix = native ? "Move it to initContainers with `restartPolicy: Always` (a native sidecar): the kubelet stops it after the main containers exit." : "Native sidecars need Kubernetes 1.29; until then make the main container stop it when done (e.g. the proxy's quit endpoint).";
          ctx.report({ messageId: "neverCompletes", data: { container: c.name ?? `#${c.index}`, what, main: main.name ?? `#${main.index}`, fix }, path: c.at("name") });
        }
      }
    };
  }
});

// rules/no-static-pod-api-references.ts
var no_static_pod_api_references_default = defineRule({
  id: "no-static-pod-api-references",
  meta: {
    description: "Disallow API object references, resource claims and ephemeral containers in static pods",
    category: "validity",
    severity: "error",
    remediation: "Static pods run without the API server: use hostPath, emptyDir or downwardAPI volumes and literal env values instead of Secrets, ConfigMaps, ServiceAccounts, PVCs, CSI volumes or resource claims, and debug them on the node rather than with ephemeral containers.",
    messages: {
      reference: "{{path}}: static pods may not reference {{resource}}. The kubelet {{refuses}}; use a hostPath, emptyDir or downwardAPI volume or a literal value instead.",
      ephemeral: "{{path}}: Forbidden: static pods do not support ephemeral containers. Remove them; debug a static pod on its node.",
      resourceClaims: "{{path}}: Forbidden: static pods do not support resource claims. Remove them, or run the workload as a regular pod."
    }
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      podSpec(pod) {
        if (!isStaticPod2(ctx.object.kind, pod, ctx.settings.staticPod)) return;
        if (arr(pod.spec["ephemeralContainers"]).length > 0) ctx.report({ messageId: "ephemeral", path: pod.at("ephemeralContainers") });
        if (arr(pod.spec["resourceClaims"]).length > 0) ctx.report({ messageId: "resourceClaims", path: pod.at("resourceClaims") });
        const full = atLeast(v, "1.34");
        const refuses = full ? "refuses to run a static pod that references API objects" : "refuses ClusterTrustBundle projections in static pods";
        for (const r of apiReferences(pod)) {
          if (r.resource === "resourceclaims") continue;
          if (!full && r.resource !== "clustertrustbundles") continue;
          ctx.report({ messageId: "reference", data: { resource: r.resource, refuses }, path: r.path });
        }
      }
    };
  }
});

// rules/no-unknown-capabilities.ts
var LISTS = ["add", "drop"];
var no_unknown_capabilities_default = defineRule({
  id: "no-unknown-capabilities",
  meta: {
    description: "Disallow capability names that are not Linux capabilities or not in their canonical spelling",
    category: "pitfall",
    severity: "warning",
    remediation: "Write capabilities in upper case without the `CAP_` prefix (`NET_ADMIN`, `ALL`), as listed in capabilities(7).",
    messages: {
      unknown: "{{path}}: {{value}} is not a Linux capability{{suggestion}}. The API server accepts any string, but the container runtime fails to create the container: fix the name.",
      variant: "{{path}}: {{value}} is not the canonical spelling of {{canonical}}. Runtimes differ in how they read it and Pod Security compares exact names (drop: [all] does not satisfy the restricted policy): write {{canonical}}."
    }
  },
  create(ctx) {
    return {
      container(c) {
        if (!isRecord(rec(c.node["securityContext"])?.["capabilities"])) return;
        for (const list2 of LISTS) {
          for (const { name, index } of capabilityEntries(c, list2)) {
            const kind = classifyCapability(name);
            if (kind.kind === "canonical") continue;
            const path5 = c.at("securityContext", "capabilities", list2, index);
            if (kind.kind === "variant") {
              ctx.report({ messageId: "variant", path: path5, data: { value: JSON.stringify(name), canonical: kind.canonical } });
            } else if (kind.kind === "unknown") {
              const suggestion = suggestCapability(name);
              ctx.report({ messageId: "unknown", path: path5, data: { value: JSON.stringify(name), suggestion: suggestion ? ` (did you mean ${suggestion}?)` : "" } });
            }
          }
        }
      }
    };
  }
});

// rules/no-unused-volumes.ts
var no_unused_volumes_default = defineRule({
  id: "no-unused-volumes",
  meta: {
    description: "Report volumes that no container of the pod mounts",
    category: "pitfall",
    severity: "info",
    remediation: "Mount the volume in the container that needs it (`volumeMounts` or `volumeDevices`), or remove it from the pod.",
    messages: {
      unused: '{{path}}: volume "{{name}}" is declared but no container mounts it. Add a volumeMount for it, or remove it (a missing mount is a common cause of "file not found").'
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const used = new Set(mountsOf(pod).map((m) => m.name));
        for (const v of volumesOf(pod)) {
          if (v.name === void 0 || v.name === "" || used.has(v.name)) continue;
          ctx.report({ messageId: "unused", data: { name: v.name }, path: pod.at("volumes", v.index, "name") });
        }
      }
    };
  }
});

// rules/ondelete-template-change.ts
var ondelete_template_change_default = defineRule({
  id: "ondelete-template-change",
  meta: {
    description: "Warn when the pod template of a StatefulSet or DaemonSet with updateStrategy OnDelete changes",
    category: "pitfall",
    severity: "warning",
    phase: "update",
    remediation: "Delete the existing Pods (one at a time) after applying so that they are recreated from the new template, or switch updateStrategy to RollingUpdate.",
    messages: {
      onDelete: "{{path}}: the pod template of this {{kind}} changed ({{change}}), but its updateStrategy is OnDelete: existing Pods keep running the old template until they are deleted. Delete the Pods to roll out the change, or use RollingUpdate."
    }
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (apiGroup(current.apiVersion) !== "apps" || current.kind !== "StatefulSet" && current.kind !== "DaemonSet") return;
        if (dig(current.value, "spec", "updateStrategy", "type") !== "OnDelete") return;
        const changes = diffPodTemplates(dig(previous.value, "spec", "template"), dig(current.value, "spec", "template"), ["spec", "template"]);
        const first = changes[0];
        if (!first) return;
        ctx.report({ messageId: "onDelete", path: first.path, previousPath: first.path, data: { kind: current.kind, change: describeChange(first) } });
      }
    };
  }
});

// rules/pod-security-allow-privilege-escalation.ts
var pod_security_allow_privilege_escalation_default = defineRule({
  id: "pod-security-allow-privilege-escalation",
  meta: {
    description: "Require every container to set allowPrivilegeEscalation to false",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container, init container and ephemeral container.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Set securityContext.allowPrivilegeEscalation: false.'
    },
    podSecurity: { level: "restricted", check: "allowPrivilegeEscalation" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "allowPrivilegeEscalation")
});

// rules/pod-security-app-armor-profile.ts
var pod_security_app_armor_profile_default = defineRule({
  id: "pod-security-app-armor-profile",
  meta: {
    description: "Disallow unconfined or unknown AppArmor profiles",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Use `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a profile) and remove `Unconfined` profiles and annotations.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use RuntimeDefault or Localhost.'
    },
    podSecurity: { level: "baseline", check: "appArmorProfile" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "appArmorProfile")
});

// rules/pod-security-capabilities-baseline.ts
var pod_security_capabilities_baseline_default = defineRule({
  id: "pod-security-capabilities-baseline",
  meta: {
    description: "Disallow adding Linux capabilities beyond the baseline Pod Security set",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove the capability from `securityContext.capabilities.add`; the baseline policy allows only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove it from capabilities.add or run the pod in a privileged namespace.'
    },
    podSecurity: { level: "baseline", check: "capabilities_baseline" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "capabilities_baseline")
});

// rules/pod-security-capabilities-restricted.ts
var pod_security_capabilities_restricted_default = defineRule({
  id: "pod-security-capabilities-restricted",
  meta: {
    description: "Require dropping ALL capabilities and adding at most NET_BIND_SERVICE",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Set `securityContext.capabilities.drop: [ALL]` on every container and add back only `NET_BIND_SERVICE` if the container binds a port below 1024.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Drop ALL and add back only NET_BIND_SERVICE.'
    },
    podSecurity: { level: "restricted", check: "capabilities_restricted" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "capabilities_restricted")
});

// rules/pod-security-host-namespaces.ts
var pod_security_host_namespaces_default = defineRule({
  id: "pod-security-host-namespaces",
  meta: {
    description: "Disallow sharing the node's network, PID or IPC namespace",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false); expose the pod through a Service instead of the node's network.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove it or set it to false.'
    },
    podSecurity: { level: "baseline", check: "hostNamespaces" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "hostNamespaces")
});

// rules/pod-security-host-path-volumes.ts
var pod_security_host_path_volumes_default = defineRule({
  id: "pod-security-host-path-volumes",
  meta: {
    description: "Disallow hostPath volumes",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Replace the hostPath volume with an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use an emptyDir, ConfigMap, Secret or PersistentVolumeClaim instead.'
    },
    podSecurity: { level: "baseline", check: "hostPathVolumes" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "hostPathVolumes")
});

// rules/pod-security-host-ports.ts
var pod_security_host_ports_default = defineRule({
  id: "pod-security-host-ports",
  meta: {
    description: "Disallow host ports on containers of any role",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove `hostPort` (or set it to 0) and reach the pod through a Service.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove hostPort and reach the pod through a Service.'
    },
    podSecurity: { level: "baseline", check: "hostPorts" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "hostPorts")
});

// rules/pod-security-host-probes-and-host-lifecycle.ts
var pod_security_host_probes_and_host_lifecycle_default = defineRule({
  id: "pod-security-host-probes-and-host-lifecycle",
  meta: {
    description: "Disallow a host in probe and lifecycle handlers",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove `host` from `httpGet` and `tcpSocket` probe and lifecycle handlers; the kubelet then connects to the pod's own IP.",
    messages: {
      violation: `{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove host so the kubelet connects to the pod's own IP.`
    },
    podSecurity: { level: "baseline", check: "hostProbesAndHostLifecycle" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "hostProbesAndHostLifecycle")
});

// rules/pod-security-proc-mount.ts
var pod_security_proc_mount_default = defineRule({
  id: "pod-security-proc-mount",
  meta: {
    description: "Disallow unmasked /proc mounts",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove `securityContext.procMount` or set it to `Default`; from policy 1.35 a pod with `hostUsers: false` may keep it.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove procMount or set it to Default.'
    },
    podSecurity: { level: "baseline", check: "procMount" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "procMount")
});

// rules/pod-security-proc-mount-restricted.ts
var pod_security_proc_mount_restricted_default = defineRule({
  id: "pod-security-proc-mount-restricted",
  meta: {
    description: "Disallow unmasked /proc mounts even in user namespaces",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove `securityContext.procMount` or set it to `Default`.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove procMount or set it to Default.'
    },
    podSecurity: { level: "restricted", check: "procMount_restricted" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "procMount_restricted")
});

// rules/pod-security-restricted-volumes.ts
var pod_security_restricted_volumes_default = defineRule({
  id: "pod-security-restricted-volumes",
  meta: {
    description: "Limit volumes to the types the restricted policy allows",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Use only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use an allowed volume type such as persistentVolumeClaim.'
    },
    podSecurity: { level: "restricted", check: "restrictedVolumes" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "restrictedVolumes")
});

// rules/pod-security-run-as-non-root.ts
var pod_security_run_as_non_root_default = defineRule({
  id: "pod-security-run-as-non-root",
  meta: {
    description: "Require containers to run as non-root",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Set `securityContext.runAsNonRoot: true` on the pod (every container inherits it) or on each container, and never set it to false.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Set runAsNonRoot: true on the pod or the container.'
    },
    podSecurity: { level: "restricted", check: "runAsNonRoot" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "runAsNonRoot")
});

// rules/pod-security-run-as-user.ts
var pod_security_run_as_user_default = defineRule({
  id: "pod-security-run-as-user",
  meta: {
    description: "Disallow running as user 0",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Set `runAsUser` to a non-zero user id, or remove it and set `runAsNonRoot: true`.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use a non-zero user id.'
    },
    podSecurity: { level: "restricted", check: "runAsUser" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "runAsUser")
});

// rules/pod-security-se-linux-options.ts
var pod_security_se_linux_options_default = defineRule({
  id: "pod-security-se-linux-options",
  meta: {
    description: "Disallow custom SELinux users, roles and types",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove `seLinuxOptions.user` and `role`, and use a type from container_t, container_init_t, container_kvm_t or (policy 1.31 and later) container_engine_t.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove it or use an allowed container type.'
    },
    podSecurity: { level: "baseline", check: "seLinuxOptions" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "seLinuxOptions")
});

// rules/pod-security-seccomp-profile-baseline.ts
var pod_security_seccomp_profile_baseline_default = defineRule({
  id: "pod-security-seccomp-profile-baseline",
  meta: {
    description: "Disallow unconfined seccomp profiles",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Set `seccompProfile.type` to `RuntimeDefault` (or `Localhost` with a profile) instead of `Unconfined`.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Use RuntimeDefault or Localhost.'
    },
    podSecurity: { level: "baseline", check: "seccompProfile_baseline" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "seccompProfile_baseline")
});

// rules/pod-security-seccomp-profile-restricted.ts
var pod_security_seccomp_profile_restricted_default = defineRule({
  id: "pod-security-seccomp-profile-restricted",
  meta: {
    description: "Require a RuntimeDefault or Localhost seccomp profile for every container",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Set `spec.securityContext.seccompProfile.type: RuntimeDefault` on the pod (containers inherit it) or on each container.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Set seccompProfile.type: RuntimeDefault on the pod or the container.'
    },
    podSecurity: { level: "restricted", check: "seccompProfile_restricted" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "seccompProfile_restricted")
});

// rules/pod-security-sysctls.ts
var pod_security_sysctls_default = defineRule({
  id: "pod-security-sysctls",
  meta: {
    description: "Disallow sysctls outside the Pod Security allow-list of the policy version",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove the sysctl from `spec.securityContext.sysctls`, or target a policy version whose allow-list has it.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove it or use an allowed sysctl.'
    },
    podSecurity: { level: "baseline", check: "sysctls" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "sysctls")
});

// rules/pod-security-windows-host-process.ts
var pod_security_windows_host_process_default = defineRule({
  id: "pod-security-windows-host-process",
  meta: {
    description: "Disallow Windows HostProcess containers",
    category: "security",
    runObjects: ["Namespace"],
    severity: "error",
    remediation: "Remove `windowsOptions.hostProcess: true` from the pod and its containers.",
    messages: {
      violation: '{{path}}: violates PodSecurity "{{policy}}": {{reason}} ({{detail}}). Remove hostProcess: true.'
    },
    podSecurity: { level: "baseline", check: "windowsHostProcess" }
  },
  create: (ctx) => podSecurityVisitors(ctx, "windowsHostProcess")
});

// rules/probe-port-declared.ts
var probe_port_declared_default = defineRule({
  id: "probe-port-declared",
  meta: {
    description: "Warn when a probe targets a port name or number that its container does not declare",
    category: "pitfall",
    severity: "warning",
    remediation: "Point the probe at a port the same container declares in `ports` (by name or number), or declare the port; a named port is looked up only in the probed container.",
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        ignorePorts: {
          type: "array",
          items: { type: "integer", minimum: 1, maximum: 65535 },
          description: "Port numbers a probe may use without the container declaring them (default: Istio's pilot-agent ports 15020 and 15021, used by rewritten probes)."
        }
      }
    },
    messages: {
      unknownName: '{{path}}: port {{port}} is not a port name of container "{{container}}" ({{declared}}): the kubelet cannot resolve it and the probe always fails. Use a declared name or the port number.',
      undeclaredNumber: '{{path}}: port {{port}} is not among the ports container "{{container}}" declares ({{declared}}): the probe checks a port the container may not serve. Probe a declared port or add {{port}} to ports.'
    }
  },
  defaultOptions: { ignorePorts: [15020, 15021] },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      container(c) {
        if (c.role === "ephemeral" || isPlainInit(c, v)) return;
        const targets = handlerTargets(c);
        if (targets.length === 0) return;
        const ports = portsOf(c);
        const data = () => ({
          container: c.name ?? `#${c.index}`,
          declared: ports.length === 0 ? "it declares no ports" : `declared: ${ports.map((p) => p.name ? `${p.name}=${p.containerPort}` : String(p.containerPort)).join(", ")}`
        });
        for (const t of targets) {
          if (typeof t.port === "string" && !/^\d+$/.test(t.port)) {
            const name = t.port;
            if (!ports.some((p) => p.name === name && name !== "")) ctx.report({ messageId: "unknownName", data: { ...data(), port: JSON.stringify(t.port) }, path: c.at(...t.path, "port") });
          } else if (typeof t.port === "number") {
            const port = t.port;
            const numbered = ports.some((p) => p.containerPort !== void 0);
            if (numbered && !ports.some((p) => p.containerPort === port) && !ctx.options.ignorePorts.includes(port)) {
              ctx.report({ messageId: "undeclaredNumber", data: { ...data(), port }, path: c.at(...t.path, "port") });
            }
          }
        }
      }
    };
  }
});

// rules/shared-volume-reader-writer.ts
var shared_volume_reader_writer_default = defineRule({
  id: "shared-volume-reader-writer",
  meta: {
    description: "Warn when an emptyDir volume is written by an init container that nothing reads, or is mounted only read-only",
    category: "pitfall",
    severity: "warning",
    remediation: "Mount the emptyDir in the container that consumes the files (init containers usually prepare files for the regular containers), and mount it writable in the container that produces them.",
    messages: {
      noReader: '{{path}}: init container "{{container}}" writes to emptyDir "{{name}}", but no other container mounts it: what it writes is never read. Mount "{{name}}" in the container that needs the files.',
      noWriter: '{{path}}: emptyDir "{{name}}" is mounted read-only by every container ({{containers}}): nothing can write to it, so it stays empty. Mount it writable in the container that produces the files.'
    }
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      podSpec(pod) {
        const mounts = mountsOf(pod).filter((m) => m.kind === "volumeMounts" && m.container.role !== "ephemeral");
        for (const vol of volumesOf(pod)) {
          if (vol.name === void 0 || vol.problem !== void 0 || vol.sources[0] !== "emptyDir") continue;
          const mine = mounts.filter((m) => m.name === vol.name);
          if (mine.length === 0) continue;
          const containers = new Set(mine.map((m) => m.container));
          if (containers.size === 1) {
            const only = mine[0];
            if (isPlainInit(only.container, v) && mine.some((m) => !m.readOnly)) {
              ctx.report({ messageId: "noReader", data: { container: only.container.name ?? `#${only.container.index}`, name: vol.name }, path: only.container.at("volumeMounts", only.index, "name") });
            }
          }
          if (mine.every((m) => m.readOnly)) {
            const names = [...containers].map((c) => `"${c.name ?? c.index}"`).join(", ");
            ctx.report({ messageId: "noWriter", data: { name: vol.name, containers: names }, path: pod.at("volumes", vol.index, "name") });
          }
        }
      }
    };
  }
});

// rules/sidecar-start-order.ts
var sidecar_start_order_default = defineRule({
  id: "sidecar-start-order",
  meta: {
    description: "Warn when an init container talks to localhost on a port served by a container that starts after it",
    category: "pitfall",
    severity: "warning",
    remediation: "Declare the sidecar (an init container with `restartPolicy: Always`) before the init container that uses it, and give the sidecar a startupProbe so the next container waits until it listens.",
    messages: {
      laterSidecar: '{{path}}: init container "{{container}}" connects to {{target}}, served by sidecar "{{server}}", which is declared after it: init containers start in order, so the sidecar is not running yet. Move "{{server}}" above "{{container}}" in initContainers.',
      regularContainer: '{{path}}: init container "{{container}}" connects to {{target}}, served by container "{{server}}", which starts only after every init container has completed. {{fix}}'
    }
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      podSpec(pod) {
        const inits = pod.containers.filter((c) => c.list === "initContainers");
        const regular = pod.containers.filter((c) => c.list === "containers");
        for (const c of inits) {
          if (!isPlainInit(c, v)) continue;
          for (const ref of localReferences(c)) {
            const later = inits.find((s) => s.index > c.index && isNativeSidecar(s, v) && listeningPorts(s).has(ref.port));
            const data = { container: c.name ?? `#${c.index}`, target: ref.text };
            if (later) {
              ctx.report({ messageId: "laterSidecar", data: { ...data, server: later.name ?? `#${later.index}` }, path: c.at(...ref.path) });
              continue;
            }
            const app = regular.find((s) => listeningPorts(s).has(ref.port));
            if (app) {
              const fix = nativeSidecarsSupported(v) ? `Run "${app.name ?? app.index}" as a native sidecar (an init container with \`restartPolicy: Always\`) declared before "${c.name ?? c.index}".` : "Do this work in the regular container instead (native sidecars need Kubernetes 1.29).";
              ctx.report({ messageId: "regularContainer", data: { ...data, server: app.name ?? `#${app.index}`, fix }, path: c.at(...ref.path) });
            }
          }
        }
      }
    };
  }
});

// rules/sidecar-startup-probe.ts
var TRAFFIC_HELPERS = /proxy|Envoy|dataplane/i;
var sidecar_startup_probe_default = defineRule({
  id: "sidecar-startup-probe",
  meta: {
    description: "Warn when a native sidecar that other containers depend on has neither a startupProbe nor a readinessProbe",
    category: "pitfall",
    severity: "warning",
    kubernetes: { since: "1.29" },
    remediation: "Give the sidecar a startupProbe (the kubelet then starts the following containers only once it succeeds) and a readinessProbe on the port the other containers use.",
    messages: {
      noProbe: '{{path}}: sidecar "{{container}}" has no startupProbe or readinessProbe, but {{dependents}} {{why}}: they start as soon as its process starts, before it listens, and their first connections fail. Add a startupProbe.'
    }
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      podSpec(pod) {
        for (const s of pod.containers) {
          if (!isNativeSidecar(s, v)) continue;
          if (s.node["startupProbe"] || s.node["readinessProbe"]) continue;
          const ports = listeningPorts(s);
          const later = pod.containers.filter((c) => c.list === "containers" || c.list === "initContainers" && c.index > s.index);
          const users = later.filter((c) => localReferences(c).some((r) => ports.has(r.port)));
          let dependents;
          let why;
          if (users.length > 0) {
            dependents = users.map((u) => `"${u.name ?? u.index}"`).join(", ");
            why = `connect${users.length === 1 ? "s" : ""} to it on localhost`;
          } else {
            const what = knownHelper(s);
            if (!what || !TRAFFIC_HELPERS.test(what)) continue;
            const apps = pod.containers.filter((c) => c.list === "containers");
            if (apps.length === 0) continue;
            dependents = apps.map((u) => `"${u.name ?? u.index}"`).join(", ");
            why = `send traffic through it (${what})`;
          }
          ctx.report({ messageId: "noProbe", data: { container: s.name ?? `#${s.index}`, dependents, why }, path: s.at("name") });
        }
      }
    };
  }
});

// rules/static-pod-mirror-references.ts
var MIRROR_REFUSED = /^(serviceaccounts|secrets|configmaps|persistentvolumeclaims)\b/;
var static_pod_mirror_references_default = defineRule({
  id: "static-pod-mirror-references",
  meta: {
    description: "Warn when a static pod references ServiceAccounts, Secrets, ConfigMaps or PVCs on versions where the kubelet still runs it",
    category: "pitfall",
    severity: "warning",
    kubernetes: { until: "1.33" },
    remediation: "Use hostPath, emptyDir or downwardAPI volumes and literal env values in static pods; from Kubernetes 1.34 the kubelet refuses such a static pod outright.",
    messages: {
      reference: "{{path}}: a static pod referencing {{resource}}: the node may not create its mirror pod (NodeRestriction), so the API server never shows it, and the kubelet cannot read the object; from 1.34 the kubelet refuses the pod. Use a hostPath, emptyDir or downwardAPI volume or a literal value instead."
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        if (!isStaticPod2(ctx.object.kind, pod, ctx.settings.staticPod)) return;
        for (const r of apiReferences(pod)) {
          if (MIRROR_REFUSED.test(r.resource)) ctx.report({ messageId: "reference", data: { resource: r.resource }, path: r.path });
        }
      }
    };
  }
});

// rules/unique-container-names.ts
var unique_container_names_default = defineRule({
  id: "unique-container-names",
  meta: {
    description: "Require container names to be unique across all containers of a pod",
    category: "validity",
    severity: "error",
    remediation: "Rename one of the containers; names must be unique across containers, initContainers and ephemeralContainers.",
    messages: {
      duplicate: '{{path}}: Duplicate value: "{{name}}": the pod already has a container named "{{name}}" ({{first}}); rename this one, since names are unique across containers, initContainers and ephemeralContainers.'
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const seen = /* @__PURE__ */ new Map();
        for (const c of pod.containers) {
          if (c.name === void 0 || c.name === "") continue;
          const where = `${c.list}[${c.index}]`;
          const first = seen.get(c.name);
          if (first !== void 0) {
            ctx.report({ messageId: "duplicate", data: { name: c.name, first }, path: c.at("name") });
          } else {
            seen.set(c.name, where);
          }
        }
      }
    };
  }
});

// rules/unnecessary-privilege.ts
var unnecessary_privilege_default = defineRule({
  id: "unnecessary-privilege",
  meta: {
    description: "Warn about privileged containers whose job needs less privilege",
    category: "security",
    severity: "warning",
    remediation: "Replace `privileged: true` with what the container needs: `spec.securityContext.sysctls` for namespaced sysctls, specific capabilities for a sidecar.",
    messages: {
      redundantCapabilities: "{{path}}: capabilities added to a privileged container are redundant: privileged already has every capability. Remove privileged: true and keep only the capabilities it needs.",
      sysctlInitContainer: `{{path}}: init container "{{name}}" is privileged only to set namespaced sysctls ({{sysctls}}). Set them in spec.securityContext.sysctls instead (sysctls outside the safe set need the kubelet's --allowed-unsafe-sysctls) and drop the init container.`,
      privilegedSidecar: '{{path}}: sidecar "{{name}}" is privileged and runs for the whole life of the pod next to its app containers, sharing their network and volumes. Give it only the capabilities it needs.'
    }
  },
  create(ctx) {
    return {
      container(c, pod) {
        if (!isPrivileged(c)) return;
        const added = capabilityEntries(c, "add");
        if (added.length > 0) ctx.report({ messageId: "redundantCapabilities", path: c.at("securityContext", "capabilities", "add") });
        const name = c.name ?? `#${c.index}`;
        if (c.role === "init") {
          const sysctls = sysctlsSetByCommand(c);
          if (sysctls && sysctls.every(isNamespacedSysctl)) {
            ctx.report({ messageId: "sysctlInitContainer", path: c.at("securityContext", "privileged"), data: { name, sysctls: sysctls.join(", ") } });
          }
        }
        if (c.role === "sidecar" && pod.containers.some((o) => o.role === "app")) {
          ctx.report({ messageId: "privilegedSidecar", path: c.at("securityContext", "privileged"), data: { name } });
        }
      }
    };
  }
});

// rules/valid-container-ports.ts
var PROTOCOLS = /* @__PURE__ */ new Set(["SCTP", "TCP", "UDP"]);
var valid_container_ports_default = defineRule({
  id: "valid-container-ports",
  meta: {
    description: "Validate container port numbers and protocols, and require unique host ports among regular containers",
    category: "validity",
    severity: "error",
    remediation: "Use port numbers from 1 to 65535 and a protocol of TCP, UDP or SCTP; give each hostPort (per protocol and hostIP) to one regular container only.",
    messages: {
      containerPortRequired: "{{path}}: Required value: containerPort must be set. Give the port number the container listens on.",
      portRange: "{{path}}: Invalid value: {{value}}: must be between 1 and 65535, inclusive. Use a valid port number.",
      protocol: '{{path}}: Unsupported value: {{value}}: supported values: "SCTP", "TCP", "UDP". Protocols are upper case.',
      hostPortDuplicate: '{{path}}: Duplicate value: "{{key}}": container "{{other}}" already binds this host port. Use a different hostPort or hostIP; the containers share one node port.'
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const hostNetwork = !pod.isTemplate && pod.spec["hostNetwork"] === true;
        const hostPortOf = (p) => (p.hostPort === void 0 || p.hostPort === 0) && hostNetwork ? p.containerPort : p.hostPort;
        const check2 = (group) => {
          const seen = /* @__PURE__ */ new Map();
          for (const c of group) {
            for (const p of portsOf(c)) {
              const hp = hostPortOf(p);
              if (hp === void 0 || hp === 0) continue;
              const key = `${p.protocol}/${p.hostIP}/${hp}`;
              const other = seen.get(key);
              if (other !== void 0) {
                ctx.report({ messageId: "hostPortDuplicate", data: { key, other }, path: c.at("ports", p.index, p.hostPort === void 0 ? "containerPort" : "hostPort") });
              } else seen.set(key, c.name ?? `#${c.index}`);
            }
          }
        };
        const regular = pod.containers.filter((c) => c.list === "containers");
        check2(regular);
        for (const c of pod.containers.filter((x) => x.list === "initContainers")) check2([c]);
        for (const c of pod.containers) {
          if (c.role === "ephemeral") continue;
          for (const p of portsOf(c)) {
            const cp = p.node["containerPort"];
            if (cp === void 0 || cp === null || cp === 0) ctx.report({ messageId: "containerPortRequired", path: c.at("ports", p.index) });
            else if (typeof cp === "number" && (cp < 1 || cp > 65535 || !Number.isInteger(cp))) {
              ctx.report({ messageId: "portRange", data: { value: cp }, path: c.at("ports", p.index, "containerPort") });
            }
            const hp = p.node["hostPort"];
            if (typeof hp === "number" && hp !== 0 && (hp < 1 || hp > 65535 || !Number.isInteger(hp))) {
              ctx.report({ messageId: "portRange", data: { value: hp }, path: c.at("ports", p.index, "hostPort") });
            }
            const proto = p.node["protocol"];
            if (typeof proto === "string" && proto !== "" && !PROTOCOLS.has(proto)) {
              ctx.report({ messageId: "protocol", data: { value: JSON.stringify(proto) }, path: c.at("ports", p.index, "protocol") });
            }
          }
        }
      }
    };
  }
});

// rules/valid-container-restart-policy.ts
var MAX_RULES = 20;
var MAX_VALUES = 255;
var valid_container_restart_policy_default = defineRule({
  id: "valid-container-restart-policy",
  meta: {
    description: "Validate container-level restartPolicy and restartPolicyRules for the target Kubernetes version",
    category: "validity",
    severity: "error",
    remediation: "Use `restartPolicy: Always` on an init container to make it a native sidecar (Kubernetes 1.29 or later); set other container restart policies and `restartPolicyRules` only from 1.35 on.",
    messages: {
      unknownField: "{{path}}: unknown field: Kubernetes {{version}} has no container-level restartPolicy, so the field is dropped{{effect}}. Native sidecars need Kubernetes 1.29; until then run the helper as a regular container.",
      droppedSidecar: "{{path}}: field is dropped: SidecarContainers is alpha and off by default in Kubernetes 1.28{{effect}}. Target 1.29 or later, or run the helper as a regular container.",
      droppedRestartRules: "{{path}}: field is dropped: ContainerRestartRules is alpha and off by default in Kubernetes 1.34, so the API server silently removes {{what}}. Remove it, or target 1.35 or later.",
      initOnlyAlways: '{{path}}: Unsupported value: {{value}}: supported values: "Always". Use `Always` (a native sidecar) or remove the field; other values need Kubernetes 1.35.',
      nonInit: "{{path}}: Forbidden: may not be set for non-init containers. Remove it; regular containers follow the pod's restartPolicy before Kubernetes 1.35.",
      unsupported: '{{path}}: Unsupported value: {{value}}: supported values: "Always", "Never", "OnFailure". Use one of them.',
      rulesNeedPolicy: "{{path}}: Required value: must specify restartPolicy when restart rules are used. Set the container's restartPolicy next to its restartPolicyRules.",
      sidecarRules: "{{path}}: Forbidden: restart rules are not supported for init containers with restartPolicy=Always before Kubernetes 1.36 (RestartAllContainersOnContainerExits). Remove them or target 1.36.",
      tooManyRules: "{{path}}: Too many: {{count}}: must have at most 20 items. Merge rules that share an action.",
      ruleAction: "{{path}}: Unsupported value: {{value}}: supported values: {{supported}}. Use a supported action.",
      ruleActionMissing: '{{path}}: Required value: action must be set (the API server answers `action: Unsupported value: ""`). Use {{supported}}.',
      ruleOperatorMissing: '{{path}}: Required value: exitCodes.operator must be set (the API server answers `operator: Unsupported value: ""`). Use In or NotIn.',
      ruleExitCodes: "{{path}}: Required value: must specify exitCodes. Give the exit codes (operator and values) the rule matches.",
      ruleOperator: '{{path}}: Unsupported value: {{value}}: supported values: "In", "NotIn". Use In or NotIn.',
      tooManyValues: "{{path}}: Too many: {{count}}: must have at most 255 items. List fewer exit codes (use NotIn for the complement)."
    }
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    const version = `${v.major}.${v.minor}`;
    return {
      container(c) {
        if (c.role === "ephemeral") return;
        const init = c.list === "initContainers";
        const has = (k) => c.node[k] !== void 0 && c.node[k] !== null;
        const rp = c.node["restartPolicy"];
        const rules = c.node["restartPolicyRules"];
        const hasPolicy = has("restartPolicy");
        const hasRules = has("restartPolicyRules");
        if (!atLeast(v, "1.28")) {
          if (hasPolicy) {
            ctx.report({
              messageId: "unknownField",
              data: { version, effect: init && rp === "Always" ? ": this init container is not a sidecar, and the pod never gets past it" : "" },
              path: c.at("restartPolicy")
            });
          }
          return;
        }
        if (!atLeast(v, "1.29")) {
          if (hasPolicy && init) {
            const effect = rp === "Always" ? ", so this init container is not a sidecar and the pod never gets past it" : "";
            ctx.report({ messageId: "droppedSidecar", data: { effect }, path: c.at("restartPolicy") });
          } else if (hasPolicy) ctx.report({ messageId: "nonInit", path: c.at("restartPolicy") });
          return;
        }
        if (!atLeast(v, "1.34")) {
          if (hasPolicy && !init) ctx.report({ messageId: "nonInit", path: c.at("restartPolicy") });
          else if (hasPolicy && rp !== "Always") ctx.report({ messageId: "initOnlyAlways", data: { value: showValue(rp) }, path: c.at("restartPolicy") });
          return;
        }
        if (!atLeast(v, "1.35")) {
          if (hasPolicy && (!init || rp !== "Always")) {
            ctx.report({ messageId: "droppedRestartRules", data: { what: init ? "a restartPolicy other than Always" : "the restartPolicy of a regular container" }, path: c.at("restartPolicy") });
          }
          if (hasRules) ctx.report({ messageId: "droppedRestartRules", data: { what: "restartPolicyRules" }, path: c.at("restartPolicyRules") });
          return;
        }
        if (hasPolicy && rp !== "Always" && rp !== "OnFailure" && rp !== "Never") {
          ctx.report({ messageId: "unsupported", data: { value: showValue(rp) }, path: c.at("restartPolicy") });
        }
        if (!hasRules) return;
        if (!hasPolicy) ctx.report({ messageId: "rulesNeedPolicy", path: c.path });
        else if (init && rp === "Always" && !atLeast(v, "1.36") && arr(rules).length > 0) {
          ctx.report({ messageId: "sidecarRules", path: c.at("restartPolicyRules") });
        }
        const list2 = arr(rules);
        if (list2.length > MAX_RULES) ctx.report({ messageId: "tooManyRules", data: { count: list2.length }, path: c.at("restartPolicyRules") });
        const actions = atLeast(v, "1.36") ? ["Restart", "RestartAllContainers"] : ["Restart"];
        list2.forEach((r, i) => {
          if (!isRecord(r)) return;
          const at = (...s) => c.at("restartPolicyRules", i, ...s);
          const supported = actions.map((a) => `"${a}"`).join(", ");
          if (r["action"] === void 0 || r["action"] === null) ctx.report({ messageId: "ruleActionMissing", data: { supported }, path: at() });
          else if (!actions.includes(r["action"])) ctx.report({ messageId: "ruleAction", data: { value: showValue(r["action"]), supported }, path: at("action") });
          const codes = rec(r["exitCodes"]);
          if (!codes) {
            ctx.report({ messageId: "ruleExitCodes", path: at() });
            return;
          }
          if (codes["operator"] === void 0 || codes["operator"] === null) ctx.report({ messageId: "ruleOperatorMissing", path: at("exitCodes") });
          else if (codes["operator"] !== "In" && codes["operator"] !== "NotIn") {
            ctx.report({ messageId: "ruleOperator", data: { value: showValue(codes["operator"]) }, path: at("exitCodes", "operator") });
          }
          const values = arr(codes["values"]);
          if (values.length > MAX_VALUES) ctx.report({ messageId: "tooManyValues", data: { count: values.length }, path: at("exitCodes", "values") });
        });
      }
    };
  }
});

// rules/valid-cronjob-update.ts
var valid_cronjob_update_default = defineRule({
  id: "valid-cronjob-update",
  meta: {
    description: "Validate CronJob updates: no new TZ or CRON_TZ prefix in the schedule, and not together with timeZone",
    category: "validity",
    severity: "error",
    phase: "update",
    remediation: 'Put the time zone in spec.timeZone (for example "Europe/Berlin") and keep the schedule a plain cron expression.',
    messages: {
      timeZoneInSchedule: "{{path}}: Invalid value: {{value}}: cannot use TZ or CRON_TZ in schedule, use timeZone field instead. Move the zone to spec.timeZone; only schedules that already had it keep it on update.",
      bothTimeZones: "{{path}}: Invalid value: {{value}}: cannot use both timeZone field and TZ or CRON_TZ in schedule. Remove the TZ= prefix from the schedule when you set spec.timeZone."
    }
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (current.kind !== "CronJob" || apiGroup(current.apiVersion) !== "batch") return;
        const schedule = dig(current.value, "spec", "schedule");
        if (!scheduleHasTimeZone(schedule)) return;
        const path5 = ["spec", "schedule"];
        if (!scheduleHasTimeZone(dig(previous.value, "spec", "schedule"))) {
          ctx.report({ messageId: "timeZoneInSchedule", path: path5, previousPath: path5, data: { value: show(schedule) } });
          return;
        }
        const timeZone = dig(current.value, "spec", "timeZone");
        if (timeZone !== void 0 && timeZone !== null) ctx.report({ messageId: "bothTimeZones", path: path5, previousPath: path5, data: { value: show(schedule) } });
      }
    };
  }
});

// rules/valid-ephemeral-containers.ts
function forbiddenFields(v) {
  const out = ["ports", "resources", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle"];
  if (atLeast(v, "1.33")) out.push("resizePolicy");
  if (atLeast(v, "1.28") && !(v.major === 1 && v.minor === 34)) out.push("restartPolicy");
  if (atLeast(v, "1.35")) out.push("restartPolicyRules");
  return out;
}
function isSet(field, v) {
  if (v === void 0 || v === null) return false;
  if (field === "resources") return isRecord(v) && Object.values(v).some((x) => x !== null);
  return true;
}
var valid_ephemeral_containers_default = defineRule({
  id: "valid-ephemeral-containers",
  meta: {
    description: "Validate ephemeral containers: allowed fields, no subPath, an existing target container, not in pod templates",
    category: "validity",
    severity: "error",
    remediation: "Add ephemeral containers to a running Pod with `kubectl debug` (the ephemeralcontainers subresource); give them only name, image, command, args, env, volume mounts without subPath, securityContext and terminal settings, and target an existing container.",
    messages: {
      inTemplate: "{{path}}: Forbidden: ephemeral containers not allowed in pod template. Remove them; add debug containers to running pods with `kubectl debug`.",
      forbiddenField: "{{path}}: Forbidden: cannot be set for an Ephemeral Container. Remove {{field}}; debug containers get no ports, resources, probes or hooks.",
      forbiddenSubPath: "{{path}}: Forbidden: cannot be set for an Ephemeral Container. Mount the whole volume instead.",
      targetNotFound: "{{path}}: Not found: {{value}}. Name one of the pod's containers or init containers ({{names}})."
    }
  },
  create(ctx) {
    const fields = forbiddenFields(ctx.settings.kubernetesVersion);
    return {
      podSpec(pod) {
        if (pod.isTemplate && arr(pod.spec["ephemeralContainers"]).length > 0) {
          ctx.report({ messageId: "inTemplate", path: pod.at("ephemeralContainers") });
        }
      },
      container(c, pod) {
        if (c.role !== "ephemeral") return;
        for (const f of fields) if (isSet(f, c.node[f])) ctx.report({ messageId: "forbiddenField", data: { field: f }, path: c.at(f) });
        arr(c.node["volumeMounts"]).forEach((m, i) => {
          for (const f of ["subPath", "subPathExpr"]) {
            const v = str(rec(m)?.[f]);
            if (v !== void 0 && v !== "") ctx.report({ messageId: "forbiddenSubPath", path: c.at("volumeMounts", i, f) });
          }
        });
        const target = str(c.node["targetContainerName"]);
        if (target !== void 0 && target !== "") {
          const names = pod.containers.filter((x) => x.role !== "ephemeral" && x.name !== void 0).map((x) => x.name);
          if (!names.includes(target)) {
            ctx.report({ messageId: "targetNotFound", data: { value: JSON.stringify(target), names: names.map((n) => `"${n}"`).join(", ") || "none" }, path: c.at("targetContainerName") });
          }
        }
      }
    };
  }
});

// rules/valid-ephemeral-containers-update.ts
var valid_ephemeral_containers_update_default = defineRule({
  id: "valid-ephemeral-containers-update",
  meta: {
    description: "Validate an update sent to the pods/ephemeralcontainers subresource: only additions of ephemeral containers",
    category: "validity",
    severity: "error",
    phase: "update",
    remediation: "Through pods/ephemeralcontainers only add new ephemeral containers; keep the existing ones exactly as they are (use a new name for a new debug session).",
    messages: {
      staticPod: "{{path}}: Forbidden: static pods do not support ephemeral containers. Debug the static pod on its node instead.",
      removed: '{{path}}: Forbidden: existing ephemeral containers "{{name}}" may not be removed. Keep it in the list.',
      changed: '{{path}}: Forbidden: existing ephemeral containers "{{name}}" may not be changed ({{change}}). Add a new ephemeral container with another name instead.',
      ignored: "{{path}}: this change is not part of an ephemeral-containers update: pods/ephemeralcontainers copies only spec.ephemeralContainers, so the API server silently drops it. Send it as a normal update."
    }
  },
  create(ctx) {
    return {
      update({ previous, current, subresource }) {
        if (subresource !== "ephemeralcontainers" || current.kind !== "Pod" || apiGroup(current.apiVersion) !== "") return;
        if (isStaticPod(previous.value, ctx.settings.staticPod)) {
          ctx.report({ messageId: "staticPod", path: [] });
          return;
        }
        const oldSpec = rec(previous.value["spec"]) ?? {};
        const newSpec = rec(current.value["spec"]) ?? {};
        const newList = arr(newSpec["ephemeralContainers"]);
        const byName = /* @__PURE__ */ new Map();
        newList.forEach((c, j) => {
          const name = str(rec(c)?.["name"]);
          if (name !== void 0 && !byName.has(name)) byName.set(name, j);
        });
        arr(oldSpec["ephemeralContainers"]).forEach((c, i) => {
          const name = str(rec(c)?.["name"]) ?? "";
          const j = byName.get(name);
          if (j === void 0) {
            ctx.report({ messageId: "removed", path: ["spec", "ephemeralContainers"], previousPath: ["spec", "ephemeralContainers", i], data: { name } });
            return;
          }
          const changes = diffPodSpecs({ ephemeralContainers: [c] }, { ephemeralContainers: [newList[j]] }, []);
          if (changes.length > 0) {
            const path5 = ["spec", "ephemeralContainers", j];
            ctx.report({ messageId: "changed", path: path5, previousPath: ["spec", "ephemeralContainers", i], data: { name, change: changes.map((ch) => `${ch.rel.slice(2).join(".")}: ${describeChange(ch)}`).join("; ") } });
          }
        });
        const strip = (s) => {
          const out = { ...s };
          delete out["ephemeralContainers"];
          return out;
        };
        for (const change of diffPodSpecs(strip(oldSpec), strip(newSpec), ["spec"])) {
          ctx.report({ messageId: "ignored", path: change.path, previousPath: change.path, severity: "warning" });
        }
      }
    };
  }
});

// rules/valid-field-types.ts
function fixFor(m) {
  if (m.expected === "a string" && (m.actual === "number" || m.actual === "bool")) {
    return "Quote the value so that it stays text.";
  }
  if (m.expected === "an integer" && m.actual === "string") return "Write the number without quotes.";
  if (m.expected === "a boolean" && m.actual === "string") return "Write true or false without quotes.";
  return `Give ${m.expected}.`;
}
function show2(v) {
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var valid_field_types_default = defineRule({
  id: "valid-field-types",
  meta: {
    description: "Require Pod, template and metadata fields to hold the JSON type the API server decodes",
    category: "validity",
    severity: "error",
    remediation: "Give each field the type the API expects; quote values meant as text (kubectl reads `1_`, `0755`, `yes` and `1.10` as numbers or booleans).",
    messages: {
      wrongType: "{{path}}: Invalid value: {{value}}: must be {{expected}}, but kubectl sends a JSON {{actual}}, so the API server cannot decode the object. {{fix}}"
    }
  },
  create(ctx) {
    const check2 = (type, value, base) => {
      for (const m of typeMismatches(type, value)) {
        ctx.report({
          messageId: "wrongType",
          data: { value: show2(m.value), expected: m.expected, actual: m.actual, fix: fixFor(m) },
          path: [...base, ...m.path]
        });
      }
    };
    return {
      object(o) {
        check2(OBJECT_META, o.value["metadata"], ["metadata"]);
      },
      podSpec(pod) {
        if (pod.isTemplate) check2(OBJECT_META, pod.metadata, pod.metadataPath);
        check2(POD_SPEC, pod.spec, pod.path);
      }
    };
  }
});

// rules/valid-job-update.ts
var IMMUTABLE = [
  ["selector", "1.0"],
  ["completionMode", "1.0"],
  ["podFailurePolicy", "1.0"],
  ["backoffLimitPerIndex", "1.29"],
  ["successPolicy", "1.31"],
  ["managedBy", "1.32"]
];
var SCHEDULING = ["affinity", "tolerations", "nodeSelector", "schedulingGates"];
var valid_job_update_default = defineRule({
  id: "valid-job-update",
  meta: {
    description: "Validate Job updates: immutable fields, completions, and the pod template outside suspension",
    category: "validity",
    severity: "error",
    phase: "update",
    remediation: "Keep the selector, completionMode, podFailurePolicy, successPolicy, backoffLimitPerIndex, managedBy and the pod template of an existing Job; suspend the Job to change its scheduling directives, or delete and recreate it.",
    messages: {
      immutable: "{{path}}: Invalid value: {{value}}: field is immutable (was {{old}}). Delete and recreate the Job to change it.",
      completionsTandem: "{{path}}: Invalid value: {{value}}: can only be modified in tandem with spec.parallelism. Set spec.parallelism to the same value in the same update.",
      templateImmutable: "{{path}}: Invalid value: field is immutable: the API server rejects any change of spec.template of a Job that is not suspended ({{change}}). Delete and recreate the Job, or suspend it first to change scheduling directives.",
      templateSuspended: "{{path}}: Invalid value: field is immutable: while a Job is suspended only node affinity, nodeSelector, tolerations, scheduling gates, template labels and annotations{{resources}} of spec.template may change ({{change}}). Delete and recreate the Job instead."
    }
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (current.kind !== "Job" || apiGroup(current.apiVersion) !== "batch" || previous.kind !== "Job") return;
        const version = ctx.settings.kubernetesVersion;
        const oldSpec = rec(previous.value["spec"]) ?? {};
        const newSpec = rec(current.value["spec"]) ?? {};
        const withDefault = (s, k) => k === "completionMode" ? s[k] ?? "NonIndexed" : s[k];
        for (const [field, since] of IMMUTABLE) {
          if (!atLeast(version, since)) continue;
          const o = withDefault(oldSpec, field);
          const n = withDefault(newSpec, field);
          if (semanticEqual(o, n)) continue;
          const path5 = ["spec", field];
          ctx.report({ messageId: "immutable", path: path5, previousPath: path5, data: { value: show(n), old: show(o) } });
        }
        const completions = (s) => s["completions"] ?? (s["parallelism"] === void 0 ? 1 : void 0);
        const oc = completions(oldSpec);
        const nc = completions(newSpec);
        if (!semanticEqual(oc, nc)) {
          const path5 = ["spec", "completions"];
          if (newSpec["completionMode"] !== "Indexed") {
            ctx.report({ messageId: "immutable", path: path5, previousPath: path5, data: { value: show(nc), old: show(oc) } });
          } else if (num(nc) !== void 0 && num(nc) !== (num(newSpec["parallelism"]) ?? 1)) {
            ctx.report({ messageId: "completionsTandem", path: path5, previousPath: path5, data: { value: show(nc) } });
          }
        }
        const suspended = oldSpec["suspend"] === true;
        const resources2 = suspended && atLeast(version, "1.36");
        const oldT = rec(oldSpec["template"]) ?? {};
        const newT = rec(newSpec["template"]) ?? {};
        let mungedT = newT;
        if (suspended) {
          const oldPod = rec(oldT["spec"]) ?? {};
          const newPod = { ...rec(newT["spec"]) ?? {} };
          for (const k of SCHEDULING) copyField(newPod, oldPod, k);
          if (resources2) {
            for (const list2 of ["containers", "initContainers"]) {
              if (!Array.isArray(newPod[list2])) continue;
              const oldList = arr(oldPod[list2]);
              newPod[list2] = arr(newPod[list2]).map((c, i) => {
                const r = rec(c);
                if (!r) return c;
                const copy = { ...r };
                copyField(copy, rec(oldList[i]) ?? {}, "resources");
                return copy;
              });
            }
          }
          const oldMeta = rec(oldT["metadata"]) ?? {};
          const newMeta = { ...rec(newT["metadata"]) ?? {} };
          for (const k of ["labels", "annotations"]) copyField(newMeta, oldMeta, k);
          mungedT = { ...newT, metadata: newMeta, spec: newPod };
        }
        for (const change of diffPodTemplates(oldT, mungedT, ["spec", "template"])) {
          ctx.report({
            messageId: suspended ? "templateSuspended" : "templateImmutable",
            path: change.path,
            previousPath: change.path,
            data: { change: describeChange(change), resources: resources2 ? " and container resources" : "" }
          });
        }
      }
    };
  }
});

// rules/valid-labels.ts
var TOTAL_ANNOTATION_SIZE_LIMIT = 262144;
var STANDARD_FINALIZERS = /* @__PURE__ */ new Set(["kubernetes", "orphan", "foregroundDeletion"]);
var NON_STANDARD = "name is neither a standard finalizer name nor is it fully qualified";
var CORE_META_GROUPS = /* @__PURE__ */ new Set(["", "apps", "batch", "extensions"]);
var LABEL_SELECTOR_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job"]);
var valid_labels_default = defineRule({
  id: "valid-labels",
  meta: {
    description: "Validate label keys and values, selectors, nodeSelector, annotation keys and size, and finalizer names",
    category: "validity",
    severity: "error",
    remediation: 'Use label keys of an optional DNS-subdomain prefix and "/" plus a name of at most 63 letters, digits, "-", "_" or "."; label values of at most 63 such characters (or empty), quoted when they look like numbers or booleans; domain-qualified finalizers.',
    messages: {
      invalidLabelKey: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a key of an optional DNS-subdomain prefix and "/" plus a name of at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit.',
      invalidLabelValue: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or an empty value.',
      invalidAnnotationKey: '{{path}}: Invalid value: {{value}}: {{reasons}}. Annotation keys follow the label-key rules (checked after lower-casing): an optional DNS-subdomain prefix and "/" plus a name of at most 63 characters.',
      annotationsTooLong: "{{path}}: Too long: may not be more than 262144 bytes. The annotation keys and values total {{size}} bytes: move large data into a ConfigMap.",
      invalidFinalizer: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a domain-qualified finalizer name such as "example.com/cleanup".',
      nonStandardFinalizer: '{{path}}: Invalid value: {{value}}: name is neither a standard finalizer name nor is it fully qualified. Prefix it with a domain you own, e.g. "example.com/{{name}}".',
      conflictingFinalizers: "{{path}}: Invalid value: {{value}}: finalizer orphan and foregroundDeletion cannot be both set. Keep only one of them."
    }
  },
  create(ctx) {
    return {
      object(o) {
        const group = apiGroup(o.apiVersion);
        const meta = rec(o.value["metadata"]);
        if (meta) {
          checkLabels(ctx, meta["labels"], ["metadata", "labels"]);
          checkAnnotations(ctx, meta["annotations"], ["metadata", "annotations"]);
          checkFinalizers(ctx, meta["finalizers"], ["metadata", "finalizers"], CORE_META_GROUPS.has(group));
        }
        for (const t of templateMetadata(o)) {
          checkLabels(ctx, t.meta["labels"], [...t.path, "labels"]);
          checkAnnotations(ctx, t.meta["annotations"], [...t.path, "annotations"]);
        }
        const spec = rec(o.value["spec"]);
        if (!spec) return;
        if (LABEL_SELECTOR_KINDS.has(o.kind) && (POD_BEARING_KINDS[o.kind]?.groups ?? []).includes(group)) {
          const selector = rec(spec["selector"]);
          if (selector) {
            checkLabels(ctx, selector["matchLabels"], ["spec", "selector", "matchLabels"]);
            arr(selector["matchExpressions"]).forEach((e, i) => {
              const key = rec(e)?.["key"];
              const path5 = ["spec", "selector", "matchExpressions", i, "key"];
              if (key === void 0 || key === null) return;
              if (typeof key === "string") reportReasons(ctx, "invalidLabelKey", path5, formatPath(path5), key, isQualifiedName(key));
            });
          }
        }
        if (o.kind === "Service" && group === "") checkLabels(ctx, spec["selector"], ["spec", "selector"]);
      },
      podSpec(pod) {
        checkLabels(ctx, pod.spec["nodeSelector"], pod.at("nodeSelector"));
      }
    };
  }
});
function templateMetadata(o) {
  const out = [];
  const pod = o.podSpec;
  if (pod?.isTemplate) {
    const meta = rec(metadataAt(o.value, pod.metadataPath));
    if (meta) out.push({ meta, path: pod.metadataPath });
  }
  if (o.kind === "CronJob" && pod) {
    const meta = rec(metadataAt(o.value, ["spec", "jobTemplate", "metadata"]));
    if (meta) out.push({ meta, path: ["spec", "jobTemplate", "metadata"] });
  }
  return out;
}
function metadataAt(value, path5) {
  let cur = value;
  for (const seg of path5) cur = isRecord(cur) ? cur[seg] : void 0;
  return cur;
}
function reportReasons(ctx, messageId, path5, pathText, value, reasons) {
  if (reasons.length === 0) return;
  ctx.report({ messageId, path: path5, data: { path: pathText, value: formatValue(value), reasons: joinReasons(pathText, value, reasons) } });
}
function checkLabels(ctx, labels, path5) {
  if (!isRecord(labels)) return;
  let mapPath;
  for (const key in labels) {
    const value = labels[key];
    const keyReasons = isQualifiedName(key);
    const valueReasons = typeof value === "string" ? isValidLabelValue(value) : NONE;
    if (keyReasons.length === 0 && valueReasons.length === 0) continue;
    mapPath ??= formatPath(path5);
    const at = [...path5, key];
    reportReasons(ctx, "invalidLabelKey", at, mapPath, key, keyReasons);
    if (typeof value === "string") reportReasons(ctx, "invalidLabelValue", at, mapPath, value, valueReasons);
  }
}
var NONE = [];
function checkAnnotations(ctx, annotations, path5) {
  if (!isRecord(annotations)) return;
  let mapPath;
  let size = 0;
  for (const key in annotations) {
    const value = annotations[key];
    const reasons = isQualifiedName(key.toLowerCase());
    if (reasons.length > 0) {
      mapPath ??= formatPath(path5);
      reportReasons(ctx, "invalidAnnotationKey", [...path5, key], mapPath, key, reasons);
    }
    size += byteLength(key);
    if (typeof value === "string") size += byteLength(value);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) ctx.report({ messageId: "annotationsTooLong", path: path5, data: { size } });
}
function checkFinalizers(ctx, finalizers, path5, coreMeta) {
  if (!Array.isArray(finalizers)) return;
  const listPath = formatPath(path5);
  let orphan = false;
  let foreground = false;
  finalizers.forEach((f, i) => {
    const at = [...path5, i];
    if (typeof f !== "string") return;
    if (f === "orphan") orphan = true;
    if (f === "foregroundDeletion") foreground = true;
    const reasons = isQualifiedName(f);
    const nonStandard = coreMeta && !f.includes("/") && !STANDARD_FINALIZERS.has(f);
    if (reasons.length > 0) {
      reportReasons(ctx, "invalidFinalizer", at, listPath, f, nonStandard ? [...reasons, NON_STANDARD] : reasons);
    } else if (nonStandard) {
      ctx.report({ messageId: "nonStandardFinalizer", path: at, data: { path: listPath, value: formatValue(f), name: f } });
    }
  });
  if (orphan && foreground) {
    ctx.report({ messageId: "conflictingFinalizers", path: path5, data: { value: goStringSlice(finalizers) } });
  }
}

// rules/valid-metadata-update.ts
var valid_metadata_update_default = defineRule({
  id: "valid-metadata-update",
  meta: {
    description: "Validate metadata changes of an update: name, namespace, uid, deletion, finalizers and Pod-only annotations",
    category: "validity",
    severity: "error",
    phase: "update",
    remediation: "Keep the name, namespace and uid of an existing object (create a new object instead), never set deletionTimestamp (delete the object), and do not add finalizers to an object being deleted.",
    messages: {
      immutable: "{{path}}: Invalid value: {{value}}: field is immutable (was {{old}}). Keep it, or create a new object and delete the old one.",
      deletionTimestampSet: "{{path}}: Invalid value: {{value}}: field is immutable. Delete the object instead of setting deletionTimestamp.",
      newFinalizers: "{{path}}: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{{{list}}}. Remove the new finalizers.",
      addMirror: "{{path}}: Forbidden: may not add mirror pod annotation. Only the kubelet creates mirror pods; remove the annotation.",
      changeMirror: "{{path}}: Forbidden: may not remove or update mirror pod annotation. Keep the annotation the kubelet set.",
      addAppArmor: "{{path}}: Forbidden: may not add AppArmor annotations. Set securityContext.appArmorProfile when creating the Pod instead.",
      changeAppArmor: "{{path}}: Forbidden: may not remove or update AppArmor annotations. Recreate the Pod to change its AppArmor profile."
    }
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        const oldMeta = rec(previous.value["metadata"]) ?? {};
        const newMeta = rec(current.value["metadata"]) ?? {};
        for (const key of ["name", "namespace"]) {
          const o = str(oldMeta[key]);
          const n = str(newMeta[key]);
          if (key === "namespace" && (o === void 0 || n === void 0)) continue;
          if (o !== n) ctx.report({ messageId: "immutable", path: ["metadata", key], previousPath: ["metadata", key], data: { value: show(n ?? ""), old: show(o ?? "") } });
        }
        const oldUid = str(oldMeta["uid"]);
        const newUid = str(newMeta["uid"]);
        if (oldUid && newUid && oldUid !== newUid) {
          ctx.report({ messageId: "immutable", path: ["metadata", "uid"], previousPath: ["metadata", "uid"], data: { value: show(newUid), old: show(oldUid) } });
        }
        const oldDeletion = oldMeta["deletionTimestamp"];
        const newDeletion = newMeta["deletionTimestamp"];
        const deleting = oldDeletion !== void 0 && oldDeletion !== null;
        if (!deleting && newDeletion !== void 0 && newDeletion !== null) {
          ctx.report({ messageId: "deletionTimestampSet", path: ["metadata", "deletionTimestamp"], previousPath: ["metadata"], data: { value: show(newDeletion) } });
        }
        if (deleting) {
          const had = new Set(arr(oldMeta["finalizers"]).map((f) => String(f)));
          const added = arr(newMeta["finalizers"]).map((f) => String(f)).filter((f) => !had.has(f));
          if (added.length > 0) {
            ctx.report({ messageId: "newFinalizers", path: ["metadata", "finalizers"], previousPath: ["metadata", "finalizers"], data: { list: added.map((f) => JSON.stringify(f)).join(", ") } });
          }
        }
        if (current.kind !== "Pod" || apiGroup(current.apiVersion) !== "") return;
        const oldAnn = rec(oldMeta["annotations"]) ?? {};
        const newAnn = rec(newMeta["annotations"]) ?? {};
        const special = (k) => k === MIRROR_POD_ANNOTATION ? "mirror" : k.startsWith(APPARMOR_ANNOTATION_PREFIX) ? "appArmor" : void 0;
        for (const [k, v] of Object.entries(oldAnn)) {
          const kind = special(k);
          if (!kind || k in newAnn && newAnn[k] === v) continue;
          const path5 = ["metadata", "annotations", k];
          ctx.report({ messageId: kind === "mirror" ? "changeMirror" : "changeAppArmor", path: path5, previousPath: path5 });
        }
        for (const k of Object.keys(newAnn)) {
          const kind = special(k);
          if (!kind || k in oldAnn) continue;
          const path5 = ["metadata", "annotations", k];
          ctx.report({ messageId: kind === "mirror" ? "addMirror" : "addAppArmor", path: path5, previousPath: ["metadata", "annotations"] });
        }
      }
    };
  }
});

// rules/valid-object-name.ts
var SUBDOMAIN = () => "dns1123Subdomain";
var LABEL = () => "dns1123Label";
var NAME_FORMATS = {
  Pod: { groups: [""], format: SUBDOMAIN },
  PodTemplate: { groups: [""], format: SUBDOMAIN },
  ReplicationController: { groups: [""], format: SUBDOMAIN },
  ConfigMap: { groups: [""], format: SUBDOMAIN },
  Secret: { groups: [""], format: SUBDOMAIN },
  ServiceAccount: { groups: [""], format: SUBDOMAIN },
  Namespace: { groups: [""], format: LABEL },
  // RelaxedServiceNameValidation (beta, on by default, in 1.36; GA in 1.37) switches Service names to DNS-1123 labels.
  Service: { groups: [""], format: (v) => atLeast(v, "1.36") ? "dns1123Label" : "dns1035Label" },
  Deployment: { groups: ["apps", "extensions"], format: SUBDOMAIN },
  ReplicaSet: { groups: ["apps", "extensions"], format: SUBDOMAIN },
  DaemonSet: { groups: ["apps", "extensions"], format: SUBDOMAIN },
  StatefulSet: { groups: ["apps"], format: LABEL },
  Job: { groups: ["batch"], format: SUBDOMAIN },
  CronJob: { groups: ["batch"], format: SUBDOMAIN }
};
var NAMESPACED = {
  Pod: [""],
  PodTemplate: [""],
  ReplicationController: [""],
  ConfigMap: [""],
  Secret: [""],
  ServiceAccount: [""],
  Service: [""],
  Endpoints: [""],
  PersistentVolumeClaim: [""],
  LimitRange: [""],
  ResourceQuota: [""],
  Event: [""],
  Deployment: ["apps", "extensions"],
  ReplicaSet: ["apps", "extensions"],
  DaemonSet: ["apps", "extensions"],
  StatefulSet: ["apps"],
  ControllerRevision: ["apps"],
  Job: ["batch"],
  CronJob: ["batch"],
  Role: ["rbac.authorization.k8s.io"],
  RoleBinding: ["rbac.authorization.k8s.io"],
  Ingress: ["networking.k8s.io", "extensions"],
  NetworkPolicy: ["networking.k8s.io"],
  PodDisruptionBudget: ["policy"],
  HorizontalPodAutoscaler: ["autoscaling"],
  Lease: ["coordination.k8s.io"],
  EndpointSlice: ["discovery.k8s.io"]
};
var CLUSTER_SCOPED = {
  Namespace: [""],
  Node: [""],
  PersistentVolume: [""],
  ClusterRole: ["rbac.authorization.k8s.io"],
  ClusterRoleBinding: ["rbac.authorization.k8s.io"],
  StorageClass: ["storage.k8s.io"],
  CSIDriver: ["storage.k8s.io"],
  PriorityClass: ["scheduling.k8s.io"],
  RuntimeClass: ["node.k8s.io"],
  IngressClass: ["networking.k8s.io"],
  CustomResourceDefinition: ["apiextensions.k8s.io"],
  ValidatingWebhookConfiguration: ["admissionregistration.k8s.io"],
  MutatingWebhookConfiguration: ["admissionregistration.k8s.io"]
};
function inTable(table, kind, group) {
  return Object.hasOwn(table, kind) && table[kind].includes(group);
}
var CRONJOB_NAME_MAX = 52;
var LABEL_VALUE_MAX = 63;
var valid_object_name_default = defineRule({
  id: "valid-object-name",
  meta: {
    description: "Validate metadata.name, metadata.generateName and metadata.namespace the way the API server does for each kind",
    category: "validity",
    severity: "error",
    remediation: "Rename the object: Pods, workloads, ConfigMaps, Secrets and ServiceAccounts take DNS-1123 subdomains, StatefulSets and Namespaces DNS-1123 labels, Services DNS-1035 labels (DNS-1123 labels from Kubernetes 1.36), CronJobs at most 52 characters.",
    phase: "create",
    messages: {
      invalidName: "{{path}}: Invalid value: {{value}}: {{reasons}}. Rename the {{kind}} using {{hint}}.",
      invalidGenerateName: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a generateName prefix of {{hint}}; one trailing "-" is allowed.',
      invalidNamespace: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a namespace name of lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      required: "{{path}}: Required value: name or generateName is required. Set metadata.name.",
      cronJobNameTooLong: '{{path}}: Invalid value: {{value}}: must be no more than 52 bytes. Shorten the CronJob name to at most 52 characters: its Jobs are named "<name>-<timestamp>" and must stay within 63.',
      invalidGeneratedName: "{{path}}: Invalid value: {{value}}: the API server generates the name from it (first 58 characters plus 5 random ones) and rejects the result: metadata.name: Invalid value: {{example}}: {{reasons}}. Shorten or fix generateName.",
      jobNameLabelTooLong: "{{path}}: Invalid value: {{value}}: must be no more than 63 bytes. The Job controller copies the Job name into the batch.kubernetes.io/job-name label of its pod template: shorten the name to at most 63 characters.",
      indexedJobHostname: '{{path}}: Invalid value: {{value}}: will not able to create pod with invalid DNS label: {{hostname}}. Shorten the Job name (and avoid dots) so that "<name>-<completions - 1>" is a DNS-1123 label of at most 63 characters.'
    }
  },
  create(ctx) {
    return {
      object(o) {
        const group = apiGroup(o.apiVersion);
        const metaValue = o.value["metadata"];
        const meta = rec(metaValue) ?? {};
        const metaPath = isRecord(metaValue) ? ["metadata"] : [];
        const version = ctx.settings.kubernetesVersion;
        if (inTable(NAMESPACED, o.kind, group)) {
          reportCheck(ctx, "invalidNamespace", ["metadata", "namespace"], checkNameField(meta["namespace"], (v) => isDNS1123Label(v)));
        }
        const table = Object.hasOwn(NAME_FORMATS, o.kind) ? NAME_FORMATS[o.kind] : void 0;
        const formatted = table !== void 0 && table.groups.includes(group);
        if (!formatted && !inTable(NAMESPACED, o.kind, group) && !inTable(CLUSTER_SCOPED, o.kind, group)) return;
        const name = meta["name"];
        const generateName = meta["generateName"];
        const format = formatted ? table.format(version) : void 0;
        if (format) {
          const hint = NAME_FORMAT_HINT[format];
          reportCheck(ctx, "invalidGenerateName", ["metadata", "generateName"], checkNameField(generateName, (v) => validateObjectName(format, v, true)), { hint });
        }
        if (name === void 0 || name === null || name === "") {
          const gen = str(generateName);
          if (gen === void 0 || gen === "") {
            ctx.report({ messageId: "required", path: metaPath, data: { path: "metadata.name" } });
            return;
          }
          if (!format || validateObjectName(format, gen, true).length > 0) return;
          const example = exampleGeneratedName(gen);
          const problems2 = nameProblems(o, format, example);
          const reasons = [...problems2.format, ...problems2.extra.map((e) => e.reason)];
          if (reasons.length > 0) {
            ctx.report({
              messageId: "invalidGeneratedName",
              path: ["metadata", "generateName"],
              data: { value: formatValue(gen), example: formatValue(example), reasons: joinReasons("metadata.name", example, reasons) }
            });
          }
          return;
        }
        if (typeof name !== "string") return;
        if (!format) return;
        const namePath = ["metadata", "name"];
        const problems = nameProblems(o, format, name);
        if (problems.format.length > 0) {
          const all = [...problems.format, ...problems.extra.map((e) => e.reason)];
          ctx.report({
            messageId: "invalidName",
            path: namePath,
            data: { kind: o.kind, hint: NAME_FORMAT_HINT[format], value: formatValue(name), reasons: joinReasons(formatPath(namePath), name, all) }
          });
        } else if (problems.extra[0]) {
          ctx.report({ messageId: problems.extra[0].messageId, path: namePath, data: { ...problems.extra[0].data, value: formatValue(name) } });
        }
        if (problems.jobLabel) {
          ctx.report({ messageId: "jobNameLabelTooLong", path: namePath, data: { path: "spec.template.labels", value: formatValue(name) } });
        }
      }
    };
  }
});
function nameProblems(o, format, name) {
  const out = { format: validateObjectName(format, name), extra: [], jobLabel: false };
  if (o.kind === "CronJob" && byteLength(name) > CRONJOB_NAME_MAX) {
    out.extra.push({ messageId: "cronJobNameTooLong", reason: `must be no more than ${CRONJOB_NAME_MAX} bytes`, data: {} });
  }
  if (o.kind !== "Job") return out;
  const spec = rec(o.value["spec"]) ?? {};
  const completions = num(spec["completions"]);
  if (spec["completionMode"] === "Indexed" && completions !== void 0 && Number.isInteger(completions) && completions > 0) {
    const hostname = `${name}-${completions - 1}`;
    if (isDNS1123Label(hostname).length > 0) {
      out.extra.push({ messageId: "indexedJobHostname", reason: `will not able to create pod with invalid DNS label: ${hostname}`, data: { hostname } });
    }
  }
  out.jobLabel = bool(spec["manualSelector"]) !== true && byteLength(name) > LABEL_VALUE_MAX;
  return out;
}
function reportCheck(ctx, messageId, path5, check2, extra = {}) {
  if (!check2) return;
  const pathText = formatPath(path5);
  if (check2.kind === "notString") return;
  ctx.report({ messageId, path: path5, data: { ...extra, value: formatValue(check2.value), reasons: joinReasons(pathText, check2.value, check2.reasons) } });
}

// rules/valid-pod-resize.ts
var CPU_MEMORY = /* @__PURE__ */ new Set(["cpu", "memory"]);
function otherResourceChanges(oldRes, newRes, base) {
  const o = rec(oldRes) ?? {};
  const n = rec(newRes) ?? {};
  const out = [];
  for (const what of ["requests", "limits"]) {
    const ol = rec(o[what]) ?? {};
    const nl = rec(n[what]) ?? {};
    for (const k of Object.keys(nl)) {
      if (CPU_MEMORY.has(k)) continue;
      const before = ol[k];
      const after = nl[k];
      if (before === void 0) out.push({ path: [...base, what, k], rel: [what, k], kind: "added", old: void 0, new: after });
      else if (!semanticEqual({ [what]: { [k]: before } }, { [what]: { [k]: after } })) out.push({ path: [...base, what, k], rel: [what, k], kind: "changed", old: before, new: after });
    }
  }
  const rest = (r) => {
    const copy = { ...r };
    delete copy["requests"];
    delete copy["limits"];
    return copy;
  };
  out.push(...diffValues(rest(o), rest(n), base));
  return out;
}
function withoutResizable(c) {
  const out = { ...rec(c) ?? {} };
  delete out["resources"];
  delete out["resizePolicy"];
  return out;
}
function removedKeys(oldList, newList) {
  const o = rec(oldList) ?? {};
  const n = rec(newList) ?? {};
  return Object.keys(o).some((k) => !(k in n));
}
var valid_pod_resize_default = defineRule({
  id: "valid-pod-resize",
  meta: {
    description: "Validate an in-place resize sent to the pods/resize subresource",
    category: "validity",
    severity: "error",
    phase: "update",
    remediation: "Through pods/resize change only the cpu and memory requests and limits (and resizePolicy) of existing containers, keep the QoS class, and never remove a request or limit; recreate the Pod for anything else.",
    messages: {
      notAvailable: "{{path}}: the pods/resize subresource is not available in Kubernetes {{version}}: in-place Pod resize (InPlacePodVerticalScaling) is off by default before 1.33. Recreate the Pod with the new resources.",
      staticPod: "{{path}}: Forbidden: static pods cannot be resized. Change the static pod manifest on the node instead.",
      windowsPod: "{{path}}: Forbidden: windows pods cannot be resized. Recreate the Pod with the new resources.",
      podLevelResources: "{{path}}: Forbidden: pods with pod-level resources cannot be resized before Kubernetes 1.36. Recreate the Pod with the new resources.",
      qosChanged: '{{path}}: Invalid value: "{{old}}": Pod QOS Class may not change as a result of resizing (the new resources make it {{new}}). Keep requests and limits in the same QoS class.',
      addedOrRemoved: "{{path}}: Forbidden: {{list}} may not be added or removed on resize. Send the same containers, in the same order.",
      renamedOrReordered: "{{path}}: Forbidden: {{list}} may not be renamed or reordered on resize. Send the same containers, in the same order.",
      resourcesRemoved: "{{path}}: Forbidden: resource {{what}} cannot be removed. Keep every request and limit that is set; change its value instead.",
      onlyCpuMemory: "{{path}}: Forbidden: only cpu and memory resources are mutable. Recreate the Pod to change other resources.",
      onlyCpuMemoryInit: "{{path}}: Forbidden: only cpu and memory resources for init or sidecar containers are mutable. Recreate the Pod to change other resources.",
      initNotResizable: "{{path}}: Forbidden: only cpu and memory resources are mutable: init containers that are not sidecars can be resized only from Kubernetes 1.36 (InPlacePodVerticalScalingInitContainers). Recreate the Pod instead.",
      initRestartPolicy: "{{path}}: Forbidden: non-sidecar init containers with a resize policy of RestartContainer cannot be resized. Use resizePolicy NotRequired, or recreate the Pod.",
      podLevelRemoved: "{{path}}: Forbidden: pod-level {{what}} cannot be removed. Keep the pod-level requests and limits; change their values instead.",
      onlyCpuMemoryPodLevel: "{{path}}: Forbidden: only cpu and memory resources are mutable at pod-level. Recreate the Pod to change other resources.",
      ignored: "{{path}}: this change is not part of a resize: pods/resize copies only container resources and resizePolicy, so the API server silently drops it. Send it as a normal update (or recreate the Pod)."
    }
  },
  create(ctx) {
    return {
      update({ previous, current, subresource }) {
        if (subresource !== "resize" || current.kind !== "Pod" || apiGroup(current.apiVersion) !== "") return;
        const version = ctx.settings.kubernetesVersion;
        if (!atLeast(version, "1.33")) {
          ctx.report({ messageId: "notAvailable", path: ["spec"], data: { version: formatVersion(version) } });
          return;
        }
        const oldSpec = rec(previous.value["spec"]) ?? {};
        const newSpec = rec(current.value["spec"]) ?? {};
        if (isStaticPod(previous.value, ctx.settings.staticPod)) {
          ctx.report({ messageId: "staticPod", path: [] });
          return;
        }
        if (isWindowsPod(oldSpec)) {
          ctx.report({ messageId: "windowsPod", path: ["spec", "os", "name"], previousPath: ["spec", "os", "name"] });
          return;
        }
        const podLevel = (s) => Object.keys(rec(rec(s["resources"])?.["requests"]) ?? {}).length + Object.keys(rec(rec(s["resources"])?.["limits"]) ?? {}).length > 0;
        const podLevelResize = atLeast(version, "1.36");
        if (!podLevelResize && (podLevel(oldSpec) || podLevel(newSpec))) {
          ctx.report({ messageId: "podLevelResources", path: ["spec", "resources"], previousPath: ["spec", "resources"] });
          return;
        }
        const oldQos = qosClass(oldSpec);
        const newQos = qosClass(newSpec);
        if (oldQos !== newQos) ctx.report({ messageId: "qosChanged", path: ["spec"], data: { old: oldQos, new: newQos } });
        let ordered = true;
        for (const list2 of ["containers", "initContainers"]) {
          const o = arr(oldSpec[list2]);
          const n = arr(newSpec[list2]);
          if (o.length !== n.length) {
            ctx.report({ messageId: "addedOrRemoved", path: ["spec", list2], previousPath: ["spec", list2], data: { list: list2 } });
            ordered = false;
            continue;
          }
          o.forEach((c, i) => {
            if (str(rec(c)?.["name"]) === str(rec(n[i])?.["name"])) return;
            ctx.report({ messageId: "renamedOrReordered", path: ["spec", list2, i, "name"], previousPath: ["spec", list2, i, "name"], data: { list: list2 } });
            ordered = false;
          });
        }
        if (!ordered) return;
        const initResize = atLeast(version, "1.36");
        for (const list2 of ["initContainers", "containers"]) {
          const o = arr(oldSpec[list2]);
          const n = arr(newSpec[list2]);
          o.forEach((oc, i) => {
            const nc = n[i];
            const base = ["spec", list2, i, "resources"];
            const sidecar = rec(nc)?.["restartPolicy"] === "Always";
            const resourcesChanged = diffValues(rec(oc)?.["resources"], rec(nc)?.["resources"], base).length > 0;
            if (list2 === "initContainers" && !sidecar) {
              if (!resourcesChanged) return;
              if (!initResize) {
                ctx.report({ messageId: "initNotResizable", path: base, previousPath: base });
                return;
              }
              if (arr(rec(nc)?.["resizePolicy"]).some((p) => rec(p)?.["restartPolicy"] === "RestartContainer")) {
                ctx.report({ messageId: "initRestartPolicy", path: ["spec", list2, i, "resizePolicy"], previousPath: ["spec", list2, i, "resizePolicy"] });
              }
            }
            const oldRes = rec(rec(oc)?.["resources"]) ?? {};
            const newRes = rec(rec(nc)?.["resources"]) ?? {};
            for (const what of ["requests", "limits"]) {
              if (removedKeys(oldRes[what], newRes[what])) {
                ctx.report({ messageId: "resourcesRemoved", path: [...base, what], previousPath: [...base, what], data: { what } });
              }
            }
            for (const change of otherResourceChanges(oldRes, newRes, base)) {
              ctx.report({ messageId: list2 === "containers" ? "onlyCpuMemory" : "onlyCpuMemoryInit", path: change.path, previousPath: change.path });
            }
          });
        }
        if (podLevelResize && (podLevel(oldSpec) || podLevel(newSpec))) {
          const oldRes = rec(oldSpec["resources"]);
          const newRes = rec(newSpec["resources"]);
          if (oldRes && !newRes) {
            ctx.report({ messageId: "podLevelRemoved", path: ["spec", "resources"], previousPath: ["spec", "resources"], data: { what: "resources" } });
          } else {
            for (const what of ["requests", "limits"]) {
              if (removedKeys(oldRes?.[what], newRes?.[what])) {
                ctx.report({ messageId: "podLevelRemoved", path: ["spec", "resources", what], previousPath: ["spec", "resources", what], data: { what: `resource ${what}` } });
              }
            }
            for (const change of otherResourceChanges(oldRes, newRes, ["spec", "resources"])) {
              ctx.report({ messageId: "onlyCpuMemoryPodLevel", path: change.path, previousPath: change.path });
            }
          }
        }
        const strip = (s) => {
          const out = { ...s, containers: arr(s["containers"]).map(withoutResizable), initContainers: arr(s["initContainers"]).map(withoutResizable) };
          if (podLevelResize) delete out["resources"];
          return out;
        };
        for (const change of diffPodSpecs(strip(oldSpec), strip(newSpec), ["spec"])) {
          ctx.report({ messageId: "ignored", path: change.path, previousPath: change.path, severity: "warning" });
        }
      }
    };
  }
});

// rules/valid-pod-restart-policy.ts
var valid_pod_restart_policy_default = defineRule({
  id: "valid-pod-restart-policy",
  meta: {
    description: "Validate the pod restartPolicy, and the values each workload kind allows in its pod template",
    category: "validity",
    severity: "error",
    remediation: "Use `Always` (or leave it unset) in Deployments, ReplicaSets, DaemonSets, StatefulSets and ReplicationControllers; `OnFailure` or `Never` in Jobs and CronJobs (`Never` when the Job has a podFailurePolicy).",
    messages: {
      unsupported: '{{path}}: Unsupported value: {{value}}: supported values: "Always", "OnFailure", "Never". Use one of them.',
      alwaysOnly: '{{path}}: Unsupported value: {{value}}: supported values: "Always". A {{kind}} keeps its pods running; use a Job for run-to-completion work.',
      jobRequired: '{{path}}: Required value: valid values: "OnFailure", "Never"{{defaulted}}. Set `restartPolicy: OnFailure` (retry in place) or `Never` (a new pod per retry).',
      podFailurePolicy: '{{path}}: Invalid value: {{value}}: only "Never" is supported when podFailurePolicy is specified. Set `restartPolicy: Never`.'
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const raw = pod.spec["restartPolicy"];
        const set = raw !== void 0 && raw !== null && raw !== "";
        const effective2 = set ? raw : "Always";
        const path5 = pod.at("restartPolicy");
        if (ALWAYS_RESTART_KINDS.has(pod.kind)) {
          if (effective2 !== "Always") ctx.report({ messageId: "alwaysOnly", data: { value: showValue(raw), kind: pod.kind }, path: path5 });
          return;
        }
        if (pod.kind === "Job" || pod.kind === "CronJob") {
          const jobSpec = pod.kind === "Job" ? rec(ctx.object.value["spec"]) : rec(dig(ctx.object.value, "spec", "jobTemplate", "spec"));
          if (effective2 !== "OnFailure" && effective2 !== "Never") {
            ctx.report({ messageId: "jobRequired", data: { defaulted: set ? "" : " (unset, it defaults to Always)" }, path: set ? path5 : pod.path });
          } else if (jobSpec?.["podFailurePolicy"] !== void 0 && jobSpec["podFailurePolicy"] !== null && effective2 !== "Never") {
            ctx.report({ messageId: "podFailurePolicy", data: { value: showValue(raw) }, path: path5 });
          }
          return;
        }
        if (set && raw !== "Always" && raw !== "OnFailure" && raw !== "Never") ctx.report({ messageId: "unsupported", data: { value: showValue(raw) }, path: path5 });
      }
    };
  }
});

// rules/valid-pod-spec-names.ts
var MAX_DNS_NAMESERVERS = 3;
var MAX_DNS_SEARCH_PATHS = 32;
var MAX_DNS_SEARCH_LIST_CHARS = 2048;
var REFERENCES = [
  { field: "serviceAccountName", target: "ServiceAccount", checkEmpty: false },
  { field: "nodeName", target: "Node", checkEmpty: false },
  { field: "priorityClassName", target: "PriorityClass", checkEmpty: false },
  // A pointer field: `runtimeClassName: ""` is validated (and rejected).
  { field: "runtimeClassName", target: "RuntimeClass", checkEmpty: true }
];
var LIST_NOUN = { containers: "container", initContainers: "init container", ephemeralContainers: "ephemeral container" };
var valid_pod_spec_names_default = defineRule({
  id: "valid-pod-spec-names",
  meta: {
    description: "Validate the names inside a pod spec: containers, volumes, ports, hostnames, references, gates, env vars, sysctls and DNS search domains",
    category: "validity",
    severity: "error",
    remediation: "Rename the field value to the format the API server requires: DNS-1123 labels for container, volume and resource-claim names, hostname and subdomain; IANA service names (at most 15 characters, with a letter) for port names; DNS-1123 subdomains for object references; qualified names for scheduling and readiness gates.",
    messages: {
      invalidContainerName: '{{path}}: Invalid value: {{value}}: {{reasons}}. Rename the {{what}} using lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      invalidVolumeName: '{{path}}: Invalid value: {{value}}: {{reasons}}. Rename the volume (and the volumeMounts that use it) using lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      invalidPortName: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use at most 15 lower-case letters, digits and single hyphens, with at least one letter, such as "http" or "metrics".',
      invalidHandlerPort: "{{path}}: Invalid value: {{value}}: {{reasons}}. Give a port number from 1 to 65535 or the name of a container port (at most 15 lower-case letters, digits and hyphens, with a letter).",
      invalidHostname: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use lower-case letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      invalidObjectReference: "{{path}}: Invalid value: {{value}}: {{reasons}}. It names a {{target}}, whose name is a DNS-1123 subdomain: fix the reference.",
      invalidHostAlias: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a host name of lower-case letters, digits, "-" and "." (at most 253).',
      invalidQualifiedName: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use an optional DNS-subdomain prefix and "/" plus a name of at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit.',
      invalidEnvVarName: "{{path}}: Invalid value: {{value}}: {{reasons}}. {{fix}}",
      invalidSysctlName: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use the sysctl name in lower case, segments separated by "." or "/", e.g. "net.ipv4.ip_local_port_range".',
      invalidDnsSearch: '{{path}}: Invalid value: {{value}}: {{reasons}}. Use a domain of lower-case letters, digits, "-" and "."{{underscore}}.',
      invalidResourceClaimName: `{{path}}: Invalid value: {{value}}: {{reasons}}. Rename the claim (and the containers' resources.claims entries) using lower-case letters, digits and "-" (at most 63).`,
      tooManyNameservers: "{{path}}: Invalid value: {{value}}: must not have more than 3 nameservers. Keep at most 3 nameservers.",
      tooManySearches: "{{path}}: Invalid value: {{value}}: must not have more than 32 search paths. Keep at most 32 search domains.",
      searchListTooLong: "{{path}}: Invalid value: {{value}}: must not have more than 2048 characters (including spaces) in the search list. Shorten or remove search domains.",
      duplicate: "{{path}}: Duplicate value: {{value}}. {{what}} must be unique{{scope}}: rename or remove this one.",
      required: "{{path}}: Required value. Give the {{what}} a name."
    }
  },
  create(ctx) {
    const version = ctx.settings.kubernetesVersion;
    const relaxedEnv = atLeast(version, "1.32");
    const relaxedDns = atLeast(version, "1.33");
    return {
      podSpec(pod) {
        const spec = pod.spec;
        checkVolumes(ctx, pod);
        check(ctx, "invalidHostname", () => pod.at("hostname"), spec["hostname"], isDNS1123Label);
        check(ctx, "invalidHostname", () => pod.at("subdomain"), spec["subdomain"], isDNS1123Label);
        for (const ref of REFERENCES) {
          const value = spec[ref.field];
          if (value === void 0) continue;
          check(ctx, "invalidObjectReference", () => pod.at(ref.field), value, isDNS1123Subdomain, { target: ref.target }, ref.checkEmpty);
        }
        arr(spec["hostAliases"]).forEach((alias, i) => {
          arr(rec(alias)?.["hostnames"]).forEach((h, j) => check(ctx, "invalidHostAlias", pod.at("hostAliases", i, "hostnames", j), h, isDNS1123Subdomain, {}, true));
        });
        checkSchedulingGates(ctx, pod);
        arr(spec["readinessGates"]).forEach((g, i) => {
          check(ctx, "invalidQualifiedName", pod.at("readinessGates", i, "conditionType"), rec(g)?.["conditionType"], isQualifiedName, {}, true);
        });
        checkSysctls(ctx, pod);
        checkDnsConfig(ctx, pod, relaxedDns, atLeast(version, "1.34"));
        if (atLeast(version, "1.34")) checkResourceClaims(ctx, pod);
      },
      container(c) {
        checkContainerName(ctx, c);
        checkPorts(ctx, c);
        if (c.role === "app" || c.role === "sidecar") checkHandlers(ctx, c);
        checkEnv(ctx, c, relaxedEnv);
      }
    };
  }
});
function check(ctx, messageId, pathOf, value, validate, data = {}, checkEmpty = false) {
  const result = checkNameField(value, validate, checkEmpty);
  if (!result) return true;
  const path5 = typeof pathOf === "function" ? pathOf() : pathOf;
  const pathText = data["path"] ?? formatPath(path5);
  if (result.kind === "invalid") {
    ctx.report({ messageId, path: path5, data: { ...data, path: pathText, value: formatValue(result.value), reasons: joinReasons(pathText, result.value, result.reasons) } });
  }
  return false;
}
function required(ctx, item, node, what, key = "name") {
  const v = node[key];
  if (v !== void 0 && v !== null && v !== "") return false;
  ctx.report({ messageId: "required", path: v === void 0 ? item : [...item, key], data: { path: formatPath([...item, key]), what } });
  return true;
}
function duplicate(ctx, path5, value, what, scope, pathText = formatPath(path5)) {
  ctx.report({ messageId: "duplicate", path: path5, data: { path: pathText, value: formatValue(value), what, scope } });
}
function checkContainerName(ctx, c) {
  const what = LIST_NOUN[c.list] ?? "container";
  if (required(ctx, c.path, c.node, what)) return;
  check(ctx, "invalidContainerName", () => c.at("name"), c.node["name"], isDNS1123Label, { what });
}
function checkVolumes(ctx, pod) {
  const seen = /* @__PURE__ */ new Set();
  arr(pod.spec["volumes"]).forEach((v, i) => {
    if (!isRecord(v)) return;
    const item = pod.at("volumes", i);
    if (required(ctx, item, v, "volume")) return;
    const ok = check(ctx, "invalidVolumeName", [...item, "name"], v["name"], isDNS1123Label);
    const name = v["name"];
    if (typeof name !== "string") return;
    if (seen.has(name)) duplicate(ctx, [...item, "name"], name, "Volume names", " within a pod");
    else if (ok) seen.add(name);
  });
}
function checkPorts(ctx, c) {
  const ports = arr(c.node["ports"]);
  if (ports.length === 0) return;
  const seen = /* @__PURE__ */ new Set();
  ports.forEach((p, i) => {
    const name = rec(p)?.["name"];
    const path5 = () => c.at("ports", i, "name");
    if (!check(ctx, "invalidPortName", path5, name, isValidPortName)) return;
    if (typeof name !== "string" || name === "") return;
    if (seen.has(name)) duplicate(ctx, path5(), name, "Port names", " within a container");
    else seen.add(name);
  });
}
var HANDLERS = [["livenessProbe"], ["readinessProbe"], ["startupProbe"], ["lifecycle", "postStart"], ["lifecycle", "preStop"]];
var PORT_ACTIONS = ["httpGet", "tcpSocket", "grpc"];
function checkHandlers(ctx, c) {
  for (const h of HANDLERS) {
    let node = c.node;
    for (const seg of h) node = rec(node)?.[seg];
    const handler2 = rec(node);
    if (!handler2) continue;
    for (const action of PORT_ACTIONS) {
      const port = rec(handler2[action])?.["port"];
      if (port === void 0 || port === null) continue;
      const path5 = c.at(...h, action, "port");
      if (typeof port === "number") {
        const reasons = isValidPortNum(port);
        if (reasons.length > 0) {
          ctx.report({ messageId: "invalidHandlerPort", path: path5, data: { value: formatValue(port), reasons: joinReasons(formatPath(path5), port, reasons) } });
        }
      } else if (typeof port === "string" && action !== "grpc") {
        check(ctx, "invalidHandlerPort", path5, port, isValidPortName, {}, true);
      }
    }
  }
}
var RELAXED_ENV_FIX = { fix: 'Use printable ASCII characters other than "=" in the variable name.' };
var STRICT_ENV_FIX = {
  fix: 'Use letters, digits, "_", "-" and "." not starting with a digit (Kubernetes 1.32 and later accept any printable ASCII except "=").'
};
function checkEnv(ctx, c, relaxed) {
  const validate = relaxed ? isRelaxedEnvVarName : isEnvVarName;
  const data = relaxed ? RELAXED_ENV_FIX : STRICT_ENV_FIX;
  const env = arr(c.node["env"]);
  for (let i = 0; i < env.length; i++) {
    const e = env[i];
    if (!isRecord(e)) continue;
    const name = e["name"];
    if (name === void 0 || name === null || name === "") {
      required(ctx, c.at("env", i), e, "environment variable");
      continue;
    }
    check(ctx, "invalidEnvVarName", () => c.at("env", i, "name"), name, validate, data);
  }
  arr(c.node["envFrom"]).forEach((e, i) => {
    check(ctx, "invalidEnvVarName", () => c.at("envFrom", i, "prefix"), rec(e)?.["prefix"], validate, data);
  });
}
function checkSchedulingGates(ctx, pod) {
  const seen = /* @__PURE__ */ new Set();
  arr(pod.spec["schedulingGates"]).forEach((g, i) => {
    const name = rec(g)?.["name"];
    const data = { path: formatPath(pod.at("schedulingGates", i)) };
    check(ctx, "invalidQualifiedName", pod.at("schedulingGates", i, "name"), name ?? "", isQualifiedName, data, true);
    if (typeof name !== "string") return;
    if (seen.has(name)) duplicate(ctx, pod.at("schedulingGates", i, "name"), name, "Scheduling gates", " within a pod", data.path);
    seen.add(name);
  });
}
function checkSysctls(ctx, pod) {
  const seen = /* @__PURE__ */ new Set();
  arr(rec(pod.spec["securityContext"])?.["sysctls"]).forEach((s, i) => {
    if (!isRecord(s)) return;
    const item = pod.at("securityContext", "sysctls", i);
    if (required(ctx, item, s, "sysctl")) return;
    const name = s["name"];
    const ok = check(ctx, "invalidSysctlName", [...item, "name"], name, (v) => isValidSysctlName(v) ? [] : [SYSCTL_NAME_ERROR]);
    if (ok && typeof name === "string") {
      if (seen.has(name)) duplicate(ctx, [...item, "name"], name, "Sysctl names", " within a pod");
      seen.add(name);
    }
  });
}
function checkDnsConfig(ctx, pod, relaxed, underscoreRegexFixed) {
  const dns = rec(pod.spec["dnsConfig"]);
  if (!dns) return;
  const nameservers = arr(dns["nameservers"]);
  if (nameservers.length > MAX_DNS_NAMESERVERS) {
    ctx.report({ messageId: "tooManyNameservers", path: pod.at("dnsConfig", "nameservers"), data: { value: goStringSlice(nameservers) } });
  }
  const searches = arr(dns["searches"]);
  const searchesPath = pod.at("dnsConfig", "searches");
  if (searches.length > MAX_DNS_SEARCH_PATHS) {
    ctx.report({ messageId: "tooManySearches", path: searchesPath, data: { value: goStringSlice(searches) } });
  }
  if (byteLength(searches.map((s) => typeof s === "string" ? s : "").join(" ")) > MAX_DNS_SEARCH_LIST_CHARS) {
    ctx.report({ messageId: "searchListTooLong", path: searchesPath, data: { value: goStringSlice(searches) } });
  }
  const underscore = relaxed ? ' (and "_")' : "";
  searches.forEach((s, i) => {
    const path5 = pod.at("dnsConfig", "searches", i);
    if (typeof s !== "string") return;
    if (relaxed && s === ".") return;
    const trimmed = s.endsWith(".") ? s.slice(0, -1) : s;
    const reasons = relaxed ? isDNS1123SubdomainWithUnderscore(trimmed, !underscoreRegexFixed) : isDNS1123Subdomain(trimmed);
    if (reasons.length > 0) {
      ctx.report({ messageId: "invalidDnsSearch", path: path5, data: { value: formatValue(trimmed), reasons: joinReasons(formatPath(path5), trimmed, reasons), underscore } });
    }
  });
}
function checkResourceClaims(ctx, pod) {
  const seen = /* @__PURE__ */ new Set();
  arr(pod.spec["resourceClaims"]).forEach((rc, i) => {
    if (!isRecord(rc)) return;
    const item = pod.at("resourceClaims", i);
    if (required(ctx, item, rc, "resource claim")) return;
    const name = rc["name"];
    if (typeof name === "string" && seen.has(name)) {
      duplicate(ctx, [...item, "name"], name, "Resource claim names", " within a pod");
      return;
    }
    if (check(ctx, "invalidResourceClaimName", [...item, "name"], name, isDNS1123Label) && typeof name === "string") seen.add(name);
  });
}

// rules/valid-pod-update.ts
var MAX_INT32 = 2147483647;
var REQUIRED_TERMS = ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"];
var valid_pod_update_default = defineRule({
  id: "valid-pod-update",
  meta: {
    description: "Validate that a Pod update changes only the fields the API server allows",
    category: "validity",
    severity: "error",
    phase: "update",
    remediation: "Keep the Pod spec as it was except for container images, a lower activeDeadlineSeconds, added tolerations and removed scheduling gates; for any other change delete and recreate the Pod, or let a Deployment replace it.",
    messages: {
      containersChanged: "{{path}}: Forbidden: pod updates may not add or remove containers ({{old}} before, {{new}} now). Delete and recreate the Pod to change its containers.",
      imageRequired: "{{path}}: Required value. Give the container an image.",
      imageWhitespace: "{{path}}: Invalid value: {{value}}: must not have leading or trailing whitespace. Remove the spaces around the image.",
      activeDeadlineRange: "{{path}}: Invalid value: {{value}}: must be between 0 and 2147483647, inclusive. Use a positive number of seconds.",
      activeDeadlineZero: "{{path}}: Invalid value: 0: must be between 1 and 2147483647, inclusive. Use at least 1: the spec validation that every update re-runs rejects 0.",
      activeDeadlineIncreased: "{{path}}: Invalid value: {{value}}: must be less than or equal to previous value ({{old}}). A running Pod's deadline can only be lowered.",
      activeDeadlineRemoved: "{{path}}: Invalid value: null: must not update from a positive integer to nil value. Keep activeDeadlineSeconds (it can only be lowered).",
      tolerationModified: "{{path}}: Forbidden: existing toleration can not be modified except its tolerationSeconds (the toleration {{old}} is gone). Keep every existing toleration and add new ones after it.",
      schedulingGateAdded: "{{path}}: Forbidden: only deletion is allowed, but found new scheduling gate '{{name}}'. Scheduling gates can only be removed from an existing Pod.",
      nodeSelectorMutated: "{{path}}: Invalid value: {{value}}: only additions to spec.nodeSelector are allowed (no mutations or deletions). Keep the existing entries of the gated Pod's nodeSelector.",
      nodeSelectorTermsCount: "{{path}}: Invalid value: {{value}}: no additions/deletions to non-empty NodeSelectorTerms list are allowed. Keep the same number of node selector terms.",
      nodeSelectorTermMutated: "{{path}}: Invalid value: {{value}}: only additions are allowed (no mutations or deletions). Append requirements to the term; keep the existing ones unchanged.",
      forbidden: `{{path}}: Forbidden: pod updates may not change fields other than ${POD_UPDATABLE_FIELDS} ({{change}}). Revert this change, or delete and recreate the Pod.`,
      forbiddenResources: `{{path}}: Forbidden: pod updates may not change fields other than ${POD_UPDATABLE_FIELDS} ({{change}}). Change cpu and memory in place through the resize subresource (kubectl patch pod --subresource resize), or recreate the Pod.`
    }
  },
  create(ctx) {
    return {
      update({ previous, current, subresource }) {
        if (subresource !== void 0 || current.kind !== "Pod" || apiGroup(current.apiVersion) !== "") return;
        const oldSpec = rec(previous.value["spec"]) ?? {};
        const newSpec = rec(current.value["spec"]) ?? {};
        for (const list2 of ["containers", "initContainers"]) {
          const o = arr(oldSpec[list2]);
          const n = arr(newSpec[list2]);
          const path5 = ["spec", list2];
          if (o.length !== n.length) {
            ctx.report({ messageId: "containersChanged", path: path5, previousPath: path5, data: { old: o.length, new: n.length } });
            return;
          }
          n.forEach((c, i) => {
            const image = rec(c)?.["image"];
            const at = ["spec", list2, i, "image"];
            if (image === void 0 || image === null || image === "") ctx.report({ messageId: "imageRequired", path: at, previousPath: at });
            else if (typeof image === "string" && image.trim() !== image) ctx.report({ messageId: "imageWhitespace", path: at, previousPath: at, data: { value: show(image) } });
          });
        }
        const deadline = ["spec", "activeDeadlineSeconds"];
        const nd = newSpec["activeDeadlineSeconds"];
        const od = num(oldSpec["activeDeadlineSeconds"]);
        if (nd !== void 0 && nd !== null) {
          const n = num(nd);
          if (n !== void 0) {
            if (n < 0 || n > MAX_INT32) ctx.report({ messageId: "activeDeadlineRange", path: deadline, previousPath: deadline, data: { value: n } });
            else if (od !== void 0 && od < n) ctx.report({ messageId: "activeDeadlineIncreased", path: deadline, previousPath: deadline, data: { value: n, old: od } });
            else if (n === 0) ctx.report({ messageId: "activeDeadlineZero", path: deadline, previousPath: deadline });
          }
        } else if (od !== void 0) {
          ctx.report({ messageId: "activeDeadlineRemoved", path: deadline, previousPath: deadline });
        }
        const oldTolerations = arr(oldSpec["tolerations"]);
        const gone = firstModifiedToleration(oldSpec["tolerations"], newSpec["tolerations"]);
        if (gone >= 0) {
          ctx.report({ messageId: "tolerationModified", path: ["spec", "tolerations"], previousPath: ["spec", "tolerations", gone], data: { old: show(oldTolerations[gone]) } });
        }
        const oldGates = new Set(arr(oldSpec["schedulingGates"]).map((g) => str(rec(g)?.["name"])));
        arr(newSpec["schedulingGates"]).forEach((g, i) => {
          const name = str(rec(g)?.["name"]);
          if (oldGates.has(name)) return;
          ctx.report({ messageId: "schedulingGateAdded", path: ["spec", "schedulingGates", i, "name"], previousPath: ["spec", "schedulingGates"], data: { name: name ?? "" } });
        });
        if (arr(oldSpec["schedulingGates"]).length > 0) gatedChecks(oldSpec, newSpec);
        const resizable = atLeast(ctx.settings.kubernetesVersion, "1.33");
        for (const change of forbiddenPodSpecChanges(oldSpec, newSpec, ["spec"])) {
          const [list2, , field, kind] = change.rel;
          const cpuMemory = (list2 === "containers" || list2 === "initContainers") && field === "resources" && (kind === "requests" || kind === "limits") && ["cpu", "memory"].includes(String(change.rel[4]));
          ctx.report({ messageId: resizable && cpuMemory ? "forbiddenResources" : "forbidden", path: change.path, previousPath: change.path, data: { change: describeChange(change) } });
        }
      }
    };
    function gatedChecks(oldSpec, newSpec) {
      const oldSel = rec(oldSpec["nodeSelector"]) ?? {};
      const newSel = rec(newSpec["nodeSelector"]) ?? {};
      if (Object.entries(oldSel).some(([k, v]) => newSel[k] !== v)) {
        const path5 = ["spec", "nodeSelector"];
        ctx.report({ messageId: "nodeSelectorMutated", path: path5, previousPath: path5, data: { value: show(newSpec["nodeSelector"]) } });
      }
      const oldRequired = dig(oldSpec, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution");
      if (oldRequired === void 0 || oldRequired === null) return;
      const oldTerms = arr(rec(oldRequired)?.["nodeSelectorTerms"]);
      const newTerms = arr(dig(newSpec, ...REQUIRED_TERMS.slice(1)));
      const termsPath = [...REQUIRED_TERMS];
      if (oldTerms.length > 0 && oldTerms.length !== newTerms.length) {
        ctx.report({ messageId: "nodeSelectorTermsCount", path: termsPath, previousPath: termsPath, data: { value: show(newTerms) } });
        return;
      }
      oldTerms.forEach((t, i) => {
        if (nodeSelectorTermOnlyAdditions(newTerms[i], t)) return;
        const path5 = [...REQUIRED_TERMS, i];
        ctx.report({ messageId: "nodeSelectorTermMutated", path: path5, previousPath: path5, data: { value: show(newTerms[i]) } });
      });
    }
  }
});

// rules/valid-probes-and-lifecycle.ts
var FIELDS = ["lifecycle", ...PROBES];
var valid_probes_and_lifecycle_default = defineRule({
  id: "valid-probes-and-lifecycle",
  meta: {
    description: "Validate probes and lifecycle hooks: where they are allowed and their shape",
    category: "validity",
    severity: "error",
    remediation: "Give each probe and hook exactly one handler, keep successThreshold at 1 for liveness and startup probes, and move probes and hooks off plain init containers (or make the init container a native sidecar with `restartPolicy: Always`).",
    messages: {
      initForbidden: "{{path}}: Forbidden: may not be set for init containers{{suffix}}. Remove it, or make the container a native sidecar with `restartPolicy: Always`{{sidecarHint}}.",
      multipleHandlers: "{{path}}: Forbidden: may not specify more than 1 handler type. Keep one of {{handlers}}.",
      noHandler: "{{path}}: Required value: must specify a handler type. Add one of {{handlers}}.",
      sleepDropped: "{{path}}: Required value: must specify a handler type: the sleep action needs PodLifecycleSleepAction (beta/on in Kubernetes 1.30), so Kubernetes {{version}} drops it. Use an exec handler running `sleep`, or target 1.30.",
      successThreshold: "{{path}}: Invalid value: {{value}}: must be 1. Remove successThreshold or set it to 1; only readiness probes may require several successes.",
      readinessGrace: "{{path}}: Invalid value: {{value}}: must not be set for readinessProbes. Remove it; a failing readiness probe never kills the container.",
      sleepRange: "{{path}}: Invalid value: {{value}}: {{detail}}. Sleep for less than the pod's terminationGracePeriodSeconds.",
      stopSignalOs: "{{path}}: Forbidden: may not be set for containers with empty `spec.os.name` (with default feature gates, where ContainerStopSignals is alpha, the API server drops the field instead). Set `spec.os.name` to linux or windows."
    }
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      container(c, pod) {
        if (c.role === "ephemeral") return;
        if (isPlainInit(c, v)) {
          for (const f of FIELDS) {
            if (c.node[f] === void 0 || c.node[f] === null) continue;
            ctx.report({
              messageId: "initForbidden",
              data: {
                suffix: atLeast(v, "1.28") ? " without restartPolicy=Always" : "",
                sidecarHint: atLeast(v, "1.29") ? "" : " (Kubernetes 1.29 or later)"
              },
              path: c.at(f)
            });
          }
          return;
        }
        const handlers = (h, base, kinds, hook) => {
          let n = 0;
          for (const k of kinds) {
            if (h[k] === void 0 || h[k] === null) continue;
            if (k === "sleep" && !atLeast(v, "1.30")) continue;
            n++;
            if (n > 1) ctx.report({ messageId: "multipleHandlers", data: { handlers: kinds.join(", ") }, path: c.at(...base, k) });
          }
          if (n === 0) {
            const sleepDropped = hook && h["sleep"] !== void 0 && h["sleep"] !== null;
            ctx.report({
              messageId: sleepDropped ? "sleepDropped" : "noHandler",
              data: { handlers: kinds.join(", "), version: `${v.major}.${v.minor}` },
              path: c.at(...base)
            });
          }
        };
        for (const p of PROBES) {
          const probe2 = rec(c.node[p]);
          if (!probe2) continue;
          handlers(probe2, [p], PROBE_HANDLERS, false);
          const st = num(probe2["successThreshold"]);
          if (p !== "readinessProbe" && st !== void 0 && st !== 0 && st !== 1) {
            ctx.report({ messageId: "successThreshold", data: { value: st }, path: c.at(p, "successThreshold") });
          }
          const tg = probe2["terminationGracePeriodSeconds"];
          if (p === "readinessProbe" && tg !== void 0 && tg !== null) {
            ctx.report({ messageId: "readinessGrace", data: { value: JSON.stringify(tg) }, path: c.at(p, "terminationGracePeriodSeconds") });
          }
        }
        const lifecycle = rec(c.node["lifecycle"]);
        if (!lifecycle) return;
        const grace = num(pod.spec["terminationGracePeriodSeconds"]) ?? 30;
        const allowZero = atLeast(v, "1.33");
        for (const hook of LIFECYCLE_HOOKS) {
          const h = rec(lifecycle[hook]);
          if (!h) continue;
          handlers(h, ["lifecycle", hook], LIFECYCLE_HANDLERS, true);
          const seconds = num(rec(h["sleep"])?.["seconds"]);
          if (seconds === void 0 || !atLeast(v, "1.30") || grace < 0) continue;
          const bad = allowZero ? seconds < 0 || seconds > grace : seconds <= 0 || seconds > grace;
          if (bad) {
            const detail = allowZero ? `must be non-negative and less than terminationGracePeriodSeconds (${grace})` : `must be greater than 0 and less than terminationGracePeriodSeconds (${grace}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`;
            ctx.report({ messageId: "sleepRange", data: { value: seconds, detail }, path: c.at("lifecycle", hook, "sleep") });
          }
        }
        const os = rec(pod.spec["os"]);
        if (lifecycle["stopSignal"] !== void 0 && lifecycle["stopSignal"] !== null && (!os || !os["name"])) {
          ctx.report({ messageId: "stopSignalOs", path: c.at("lifecycle", "stopSignal") });
        }
      }
    };
  }
});

// rules/valid-resize-policy.ts
var valid_resize_policy_default = defineRule({
  id: "valid-resize-policy",
  meta: {
    description: "Validate container resizePolicy entries for in-place pod resize",
    category: "validity",
    severity: "error",
    kubernetes: { since: "1.33" },
    remediation: "List cpu and memory at most once each with restartPolicy NotRequired or RestartContainer; use NotRequired in pods with `restartPolicy: Never` and on init containers that are not sidecars.",
    messages: {
      required: "{{path}}: Required value: {{field}} must be set. Give {{hint}}.",
      resourceName: '{{path}}: Unsupported value: {{value}}: supported values: "cpu", "memory". Only cpu and memory can be resized in place.',
      duplicate: "{{path}}: Duplicate value: {{value}}. List each resource once.",
      policy: '{{path}}: Unsupported value: {{value}}: supported values: "NotRequired", "RestartContainer". Use one of them.',
      neverPod: "{{path}}: Invalid value: {{value}}: must be 'NotRequired' when `restartPolicy` is 'Never'. A pod that never restarts containers cannot restart one to resize it.",
      initContainer: "{{path}}: Invalid value: {{value}}: must not be set to 'RestartContainer' for non-sidecar initContainers. Use NotRequired.",
      initContainerBefore136: "{{path}}: Invalid value: \u2026: must not be set for init containers. Remove it: before Kubernetes 1.36 (InPlacePodVerticalScalingInitContainers) only sidecars among init containers can be resized."
    }
  },
  create(ctx) {
    const v = ctx.settings.kubernetesVersion;
    return {
      container(c, pod) {
        if (c.role === "ephemeral") return;
        const never = podRestartPolicy(pod) === "Never";
        if (isPlainInit(c, v) && !atLeast(v, "1.36")) {
          if (arr(c.node["resizePolicy"]).length > 0) ctx.report({ messageId: "initContainerBefore136", path: c.at("resizePolicy") });
          return;
        }
        const seen = /* @__PURE__ */ new Set();
        arr(c.node["resizePolicy"]).forEach((p, i) => {
          if (!isRecord(p)) return;
          const at = (f) => c.at("resizePolicy", i, f);
          const name = p["resourceName"];
          if (name === void 0 || name === null || name === "") ctx.report({ messageId: "required", data: { field: "resourceName", hint: "cpu or memory" }, path: c.at("resizePolicy", i) });
          else {
            if (typeof name === "string" && seen.has(name)) ctx.report({ messageId: "duplicate", data: { value: showValue(name) }, path: at("resourceName") });
            else if (name !== "cpu" && name !== "memory") ctx.report({ messageId: "resourceName", data: { value: showValue(name) }, path: at("resourceName") });
            if (typeof name === "string") seen.add(name);
          }
          const rp = p["restartPolicy"];
          if (rp === void 0 || rp === null || rp === "") {
            ctx.report({ messageId: "required", data: { field: "restartPolicy", hint: "NotRequired or RestartContainer" }, path: c.at("resizePolicy", i) });
            return;
          }
          if (rp !== "NotRequired" && rp !== "RestartContainer") ctx.report({ messageId: "policy", data: { value: showValue(rp) }, path: at("restartPolicy") });
          else if (rp === "RestartContainer" && isPlainInit(c, v)) ctx.report({ messageId: "initContainer", data: { value: showValue(rp) }, path: at("restartPolicy") });
          else if (rp === "RestartContainer" && never) ctx.report({ messageId: "neverPod", data: { value: showValue(rp) }, path: at("restartPolicy") });
        });
      }
    };
  }
});

// rules/valid-security-context.ts
function goValue(v) {
  if (v === void 0 || v === null) return "null";
  return JSON.stringify(v);
}
var WINDOWS_POD_SC_FIELDS = ["appArmorProfile", "seLinuxOptions", "seccompProfile", "fsGroup", "fsGroupChangePolicy", "sysctls", "runAsUser", "runAsGroup", "supplementalGroups", "supplementalGroupsPolicy", "seLinuxChangePolicy"];
var WINDOWS_CONTAINER_SC_FIELDS = ["appArmorProfile", "seLinuxOptions", "seccompProfile", "capabilities", "readOnlyRootFilesystem", "privileged", "allowPrivilegeEscalation", "procMount", "runAsUser", "runAsGroup"];
var CONTAINER_ID_FIELDS = ["runAsUser", "runAsGroup"];
var POD_ID_FIELDS = ["runAsUser", "runAsGroup", "fsGroup"];
var BOOLEAN_FIELDS = /* @__PURE__ */ new Set(["readOnlyRootFilesystem", "privileged", "allowPrivilegeEscalation", "hostPID", "hostIPC", "shareProcessNamespace"]);
var valid_security_context_default = defineRule({
  id: "valid-security-context",
  meta: {
    description: "Validate security contexts, host namespaces and OS-specific fields as the API server does",
    category: "validity",
    severity: "error",
    remediation: "Change the field as the message says: the API server rejects the object until it is fixed.",
    messages: {
      privilegedDisallowed: "{{path}}: Forbidden: disallowed by cluster policy. The cluster runs kube-apiserver without --allow-privileged: remove privileged: true.",
      hostProcessDisallowed: "{{path}}: Forbidden: hostProcess containers are disallowed by cluster policy. The cluster runs kube-apiserver without --allow-privileged: remove windowsOptions.hostProcess.",
      privilegedNoEscalation: "{{path}}: Invalid value: {{value}}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true. A privileged container can always escalate: remove one of the two.",
      sysAdminNoEscalation: "{{path}}: Invalid value: {{value}}: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN. CAP_SYS_ADMIN allows escalation: drop the capability or allowPrivilegeEscalation: false.",
      idRange: "{{path}}: Invalid value: {{value}}: must be between 0 and 2147483647, inclusive. Use an id in that range.",
      procMountUnsupported: '{{path}}: Unsupported value: {{value}}: supported values: "Default", "Unmasked". Use Default or remove the field.',
      procMountUnmasked: '{{path}}: Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`. Set spec.hostUsers: false or remove procMount.',
      profileTypeRequired: "{{path}}: Required value: type is required when {{field}} is set. Set type to RuntimeDefault, Localhost or Unconfined.",
      profileTypeUnsupported: '{{path}}: Unsupported value: {{value}}: supported values: "Localhost", "RuntimeDefault", "Unconfined". Use RuntimeDefault unless you ship a profile.',
      profileLocalhostRequired: "{{path}}: Required value: must be set when {{kind}} type is Localhost. Name the profile to load.",
      profileLocalhostOnly: "{{path}}: Invalid value: {{value}}: can only be set when {{kind}} type is Localhost. Remove localhostProfile or set type: Localhost.",
      profilePath: "{{path}}: Invalid value: {{value}}: {{reason}}. Give the path relative to the kubelet's seccomp directory.",
      profilePadded: "{{path}}: Invalid value: {{value}}: must not be padded with whitespace. Remove the surrounding spaces.",
      profileTooLong: "{{path}}: Too long: may not be more than 4095 bytes. Use a shorter profile name.",
      hostUsersForbidden: "{{path}}: Forbidden: when `hostUsers` is false. A pod in a user namespace cannot share host namespaces or use volume devices: remove it or hostUsers: false.",
      hostNetworkHostPort: "{{path}}: Invalid value: {{value}}: must match `containerPort` when `hostNetwork` is true. Set hostPort to {{containerPort}} or remove it.",
      hostNetworkSysctl: "{{path}}: Invalid value: {{value}}: may not be specified when 'hostNetwork' is true. Remove the sysctl or hostNetwork: it would change the node's network settings.",
      hostIPCSysctl: "{{path}}: Invalid value: {{value}}: may not be specified when 'hostIPC' is true. Remove the sysctl or hostIPC: it would change the node's IPC settings.",
      shareProcessNamespaceHostPID: "{{path}}: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled. Remove one of them.",
      hostProcessMismatch: "{{path}}: Invalid value: {{value}}: pod hostProcess value must be identical if both are specified, was {{podValue}}. Remove the container's hostProcess or make it match the pod's.",
      hostProcessAll: `{{path}}: Invalid value: "": If pod contains any hostProcess containers then all containers must be HostProcess containers. Set hostProcess on the pod's windowsOptions so every container inherits it.`,
      hostProcessHostNetwork: "{{path}}: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers. Set spec.hostNetwork: true.",
      windowsForbidden: "{{path}}: Forbidden: cannot be set for a windows pod. Remove it, or change spec.os.name if the pod runs on Linux.",
      linuxForbidden: "{{path}}: Forbidden: cannot be set for a linux pod. Remove windowsOptions, or change spec.os.name if the pod runs on Windows.",
      appArmorAnnotationMismatch: "{{path}}: Forbidden: apparmor {{what}} in annotation and field must match. Remove the deprecated annotation and keep securityContext.appArmorProfile."
    }
  },
  create(ctx) {
    const version = ctx.settings.kubernetesVersion;
    const userNamespaces = atLeast(version, "1.33");
    const appArmorField = atLeast(version, "1.30");
    const reportMissing = (messageId, parent, child, data = {}) => {
      ctx.report({ messageId, path: parent, data: { ...data, path: formatPath([...parent, child]) } });
    };
    const checkIds = (sc, owner, fields) => {
      for (const f of fields) {
        const v = num(sc[f]);
        if (v !== void 0 && !isValidId(v)) ctx.report({ messageId: "idRange", path: owner.at("securityContext", f), data: { value: goValue(v) } });
      }
    };
    const checkProfile = (profile2, path5, field) => {
      const p = rec(profile2);
      if (!p) return;
      const kind = field === "seccompProfile" ? "seccomp" : "AppArmor";
      const type = p["type"];
      const localhost = p["localhostProfile"];
      if (type === void 0 || type === null || type === "") {
        if (type === void 0 || type === null) reportMissing("profileTypeRequired", path5, "type", { field });
        else ctx.report({ messageId: "profileTypeRequired", path: [...path5, "type"], data: { field } });
        return;
      }
      if (type !== "Localhost" && type !== "RuntimeDefault" && type !== "Unconfined") {
        ctx.report({ messageId: "profileTypeUnsupported", path: [...path5, "type"], data: { value: goValue(type) } });
        return;
      }
      const hasLocalhost = localhost !== void 0 && localhost !== null;
      if (type !== "Localhost") {
        if (hasLocalhost) ctx.report({ messageId: "profileLocalhostOnly", path: [...path5, "localhostProfile"], data: { kind, value: goValue(field === "seccompProfile" ? p : localhost) } });
        return;
      }
      if (!hasLocalhost) {
        reportMissing("profileLocalhostRequired", path5, "localhostProfile", { kind });
        return;
      }
      if (typeof localhost !== "string") return;
      const lp = [...path5, "localhostProfile"];
      if (field === "seccompProfile") {
        if (localhost.startsWith("/")) ctx.report({ messageId: "profilePath", path: lp, data: { value: goValue(localhost), reason: "must be a relative path" } });
        if (localhost.split("/").includes("..")) ctx.report({ messageId: "profilePath", path: lp, data: { value: goValue(localhost), reason: "must not contain '..'" } });
      } else {
        if (localhost.trim() !== localhost) ctx.report({ messageId: "profilePadded", path: lp, data: { value: goValue(localhost) } });
        else if (localhost === "") ctx.report({ messageId: "profileLocalhostRequired", path: lp, data: { kind } });
        if (new TextEncoder().encode(localhost).length > 4095) ctx.report({ messageId: "profileTooLong", path: lp });
      }
    };
    const checkContainer = (c, pod) => {
      const sc = containerSecurityContext(c);
      if (sc["privileged"] === true && !ctx.settings.cluster.allowPrivileged) {
        ctx.report({ messageId: "privilegedDisallowed", path: c.at("securityContext", "privileged") });
      }
      if (sc["allowPrivilegeEscalation"] === false) {
        if (sc["privileged"] === true) ctx.report({ messageId: "privilegedNoEscalation", path: c.at("securityContext"), data: { value: goValue(sc) } });
        if (capabilityEntries(c, "add").some((e) => e.name === "CAP_SYS_ADMIN")) ctx.report({ messageId: "sysAdminNoEscalation", path: c.at("securityContext"), data: { value: goValue(sc) } });
      }
      checkIds(sc, c, CONTAINER_ID_FIELDS);
      const pm = sc["procMount"];
      if (userNamespaces && pm !== void 0 && pm !== null) {
        if (pm !== "Default" && pm !== "Unmasked") ctx.report({ messageId: "procMountUnsupported", path: c.at("securityContext", "procMount"), data: { value: goValue(pm) } });
        else if (pm === "Unmasked" && pod.spec["hostUsers"] !== false) ctx.report({ messageId: "procMountUnmasked", path: c.at("securityContext", "procMount") });
      }
      if (isRecord(sc["seccompProfile"])) checkProfile(sc["seccompProfile"], c.at("securityContext", "seccompProfile"), "seccompProfile");
      if (appArmorField && isRecord(sc["appArmorProfile"])) checkProfile(sc["appArmorProfile"], c.at("securityContext", "appArmorProfile"), "appArmorProfile");
      if (userNamespaces && pod.spec["hostUsers"] === false && arr(c.node["volumeDevices"]).length > 0) {
        ctx.report({ messageId: "hostUsersForbidden", path: c.at("volumeDevices") });
      }
      if (pod.spec["hostNetwork"] === true && c.role !== "ephemeral") {
        arr(c.node["ports"]).forEach((p, i) => {
          const hostPort = num(rec(p)?.["hostPort"]);
          const containerPort = num(rec(p)?.["containerPort"]);
          if (hostPort === void 0 || hostPort === 0 || containerPort === void 0 || hostPort === containerPort) return;
          ctx.report({ messageId: "hostNetworkHostPort", path: c.at("ports", i, "hostPort"), data: { value: goValue(hostPort), containerPort } });
        });
      }
    };
    const checkHostProcess = (pod) => {
      const podHP = dig(podSecurityContext(pod), "windowsOptions", "hostProcess");
      const podValue = typeof podHP === "boolean" ? podHP : void 0;
      let hostProcessCount = 0;
      for (const c of pod.containers) {
        const own = dig(containerSecurityContext(c), "windowsOptions", "hostProcess");
        const containerValue = typeof own === "boolean" ? own : void 0;
        if (podValue !== void 0 && containerValue !== void 0 && podValue !== containerValue) {
          ctx.report({ messageId: "hostProcessMismatch", path: c.at("securityContext", "windowsOptions", "hostProcess"), data: { value: goValue(containerValue), podValue: String(podValue) } });
        }
        if (containerValue === true || containerValue === void 0 && podValue === true) hostProcessCount++;
      }
      if (hostProcessCount === 0) return;
      if (hostProcessCount !== pod.containers.length) ctx.report({ messageId: "hostProcessAll", path: pod.path });
      if (pod.spec["hostNetwork"] !== true) {
        if (pod.spec["hostNetwork"] === void 0) reportMissing("hostProcessHostNetwork", pod.path, "hostNetwork");
        else ctx.report({ messageId: "hostProcessHostNetwork", path: pod.at("hostNetwork") });
      }
      if (!ctx.settings.cluster.allowPrivileged) ctx.report({ messageId: "hostProcessDisallowed", path: pod.path });
    };
    const isSet2 = (field, v) => {
      if (v === void 0 || v === null) return false;
      if (BOOLEAN_FIELDS.has(field)) return v === true;
      if (field === "procMount") return v !== "Default";
      if (field === "appArmorProfile") return appArmorField;
      return true;
    };
    const checkOS = (pod) => {
      const os = podOS(pod);
      const podSC = podSecurityContext(pod);
      if (os === "windows") {
        if (pod.spec["hostUsers"] !== void 0 && pod.spec["hostUsers"] !== null && userNamespaces) ctx.report({ messageId: "windowsForbidden", path: pod.at("hostUsers") });
        for (const f of ["hostPID", "hostIPC", "shareProcessNamespace"]) if (isSet2(f, pod.spec[f])) ctx.report({ messageId: "windowsForbidden", path: pod.at(f) });
        for (const f of WINDOWS_POD_SC_FIELDS) if (isSet2(f, podSC[f])) ctx.report({ messageId: "windowsForbidden", path: pod.at("securityContext", f) });
        for (const c of pod.containers) {
          const sc = containerSecurityContext(c);
          for (const f of WINDOWS_CONTAINER_SC_FIELDS) if (isSet2(f, sc[f])) ctx.report({ messageId: "windowsForbidden", path: c.at("securityContext", f) });
        }
      } else if (os === "linux") {
        if (isRecord(podSC["windowsOptions"])) ctx.report({ messageId: "linuxForbidden", path: pod.at("securityContext", "windowsOptions") });
        for (const c of pod.containers) {
          if (isRecord(containerSecurityContext(c)["windowsOptions"])) ctx.report({ messageId: "linuxForbidden", path: c.at("securityContext", "windowsOptions") });
        }
      }
    };
    const checkAppArmorAnnotations = (pod) => {
      if (pod.isTemplate || !appArmorField || podOS(pod) === "windows") return;
      const annotations = rec(pod.metadata["annotations"]) ?? {};
      const podProfile = rec(podSecurityContext(pod)["appArmorProfile"]);
      for (const c of pod.containers) {
        const profile2 = rec(containerSecurityContext(c)["appArmorProfile"]) ?? podProfile;
        const key = `container.apparmor.security.beta.kubernetes.io/${c.name ?? ""}`;
        const annotation = annotations[key];
        if (!profile2 || typeof annotation !== "string") continue;
        const path5 = [...pod.metadataPath, "annotations", key];
        const type = profile2["type"];
        let what;
        if (type === "Unconfined" && annotation !== "unconfined") what = "type";
        else if (type === "RuntimeDefault" && annotation !== "runtime/default") what = "type";
        else if (type === "Localhost") {
          if (!annotation.startsWith("localhost/")) what = "type";
          else if (profile2["localhostProfile"] !== annotation.slice("localhost/".length)) what = "profile";
        }
        if (what) ctx.report({ messageId: "appArmorAnnotationMismatch", path: path5, data: { what } });
      }
    };
    return {
      podSpec(pod) {
        const spec = pod.spec;
        const podSC = podSecurityContext(pod);
        checkIds(podSC, pod, POD_ID_FIELDS);
        arr(podSC["supplementalGroups"]).forEach((g, i) => {
          if (typeof g === "number" && !isValidId(g)) ctx.report({ messageId: "idRange", path: pod.at("securityContext", "supplementalGroups", i), data: { value: goValue(g) } });
        });
        if (isRecord(podSC["seccompProfile"])) checkProfile(podSC["seccompProfile"], pod.at("securityContext", "seccompProfile"), "seccompProfile");
        if (appArmorField && isRecord(podSC["appArmorProfile"])) checkProfile(podSC["appArmorProfile"], pod.at("securityContext", "appArmorProfile"), "appArmorProfile");
        if (userNamespaces && spec["hostUsers"] === false) {
          for (const f of ["hostNetwork", "hostPID", "hostIPC"]) if (spec[f] === true) ctx.report({ messageId: "hostUsersForbidden", path: pod.at(f) });
        }
        for (const s of podSysctls(pod)) {
          const path5 = pod.at("securityContext", "sysctls", s.index, "name");
          if (spec["hostNetwork"] === true && isNetSysctl(s.name)) ctx.report({ messageId: "hostNetworkSysctl", path: path5, data: { value: goValue(s.name) } });
          if (spec["hostIPC"] === true && isIpcSysctl(s.name)) ctx.report({ messageId: "hostIPCSysctl", path: path5, data: { value: goValue(s.name) } });
        }
        if (spec["shareProcessNamespace"] === true && spec["hostPID"] === true) ctx.report({ messageId: "shareProcessNamespaceHostPID", path: pod.at("shareProcessNamespace") });
        checkHostProcess(pod);
        checkOS(pod);
        checkAppArmorAnnotations(pod);
        for (const c of pod.containers) checkContainer(c, pod);
      }
    };
  }
});

// rules/valid-tolerations.ts
var EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
var valid_tolerations_default = defineRule({
  id: "valid-tolerations",
  meta: {
    description: "Validate tolerations: key, operator, value, effect and tolerationSeconds",
    category: "validity",
    severity: "error",
    remediation: "Use a qualified name as key, operator Equal (with a label value) or Exists (without a value), an effect of NoSchedule, PreferNoSchedule or NoExecute, and tolerationSeconds only with NoExecute.",
    messages: {
      invalidKey: "{{path}}: Invalid value: {{value}}: {{detail}}. Use a qualified name such as example.com/dedicated.",
      emptyKeyOperator: '{{path}}: Invalid value: {{value}}: operator must be Exists when `key` is empty, which means "match all values and all keys". Set a key, or use operator: Exists.',
      secondsWithoutNoExecute: "{{path}}: Invalid value: {{value}}: effect must be 'NoExecute' when `tolerationSeconds` is set. Use effect: NoExecute or remove tolerationSeconds.",
      invalidValue: "{{path}}: Invalid value: {{value}}: {{detail}}. Use a label value (63 characters at most).",
      valueWithExists: "{{path}}: Invalid value: {{value}}: value must be empty when `operator` is 'Exists'. Remove the value, or use operator: Equal.",
      unsupportedOperator: '{{path}}: Unsupported value: {{value}}: supported values: "Equal", "Exists". Use Equal or Exists.',
      unsupportedEffect: '{{path}}: Unsupported value: {{value}}: supported values: "NoSchedule", "PreferNoSchedule", "NoExecute". Use one of them, or leave effect empty to match every effect.'
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        arr(pod.spec["tolerations"]).forEach((raw, i) => {
          const t = rec(raw);
          if (!t) return;
          const at = (...s) => [...pod.at("tolerations", i), ...s];
          const key = typeof t["key"] === "string" ? t["key"] : "";
          const operator = typeof t["operator"] === "string" ? t["operator"] : "";
          const value = typeof t["value"] === "string" ? t["value"] : "";
          const effect = typeof t["effect"] === "string" ? t["effect"] : "";
          if (key !== "") {
            const errs = isQualifiedName(key);
            if (errs.length > 0) ctx.report({ messageId: "invalidKey", path: at("key"), data: { value: show(key, 200), detail: errs.join("; ") } });
          } else if (operator !== "Exists") {
            ctx.report({ messageId: "emptyKeyOperator", path: t["operator"] === void 0 ? pod.at("tolerations", i) : at("operator"), data: { value: JSON.stringify(operator) } });
          }
          if (t["tolerationSeconds"] !== void 0 && t["tolerationSeconds"] !== null && effect !== "NoExecute") {
            ctx.report({ messageId: "secondsWithoutNoExecute", path: t["effect"] === void 0 ? at("tolerationSeconds") : at("effect"), data: { value: JSON.stringify(effect) } });
          }
          const operatorPath = t["operator"] === void 0 ? t["value"] === void 0 ? pod.at("tolerations", i) : at("value") : at("operator");
          if (operator === "Equal" || operator === "") {
            const errs = isValidLabelValue(value);
            if (errs.length > 0) ctx.report({ messageId: "invalidValue", path: operatorPath, data: { value: show(value, 200), detail: errs.join("; ") } });
          } else if (operator === "Exists") {
            if (value !== "") ctx.report({ messageId: "valueWithExists", path: at("operator"), data: { value: show(t) } });
          } else {
            ctx.report({ messageId: "unsupportedOperator", path: at("operator"), data: { value: JSON.stringify(operator) } });
          }
          if (effect !== "" && !EFFECTS.includes(effect)) {
            ctx.report({ messageId: "unsupportedEffect", path: at("effect"), data: { value: JSON.stringify(effect) } });
          }
        });
      }
    };
  }
});

// rules/valid-workload-template.ts
var DEADLINE_KIND = {
  Deployment: "ReplicaSet",
  ReplicaSet: "ReplicaSet",
  DaemonSet: "DaemonSet",
  StatefulSet: "StatefulSet",
  ReplicationController: "ReplicationController"
};
var valid_workload_template_default = defineRule({
  id: "valid-workload-template",
  meta: {
    description: "Require workload selectors to match their pod template labels and forbid activeDeadlineSeconds in long-running templates",
    category: "validity",
    severity: "error",
    remediation: "Give the pod template every label the selector requires (`spec.template.metadata.labels`), and remove `activeDeadlineSeconds` from the templates of Deployments, ReplicaSets, DaemonSets, StatefulSets and ReplicationControllers.",
    messages: {
      selectorMismatch: "{{path}}: Invalid value: {{labels}}: `selector` does not match template `labels`. Add the labels the selector requires ({{selector}}) to the template.",
      activeDeadline: "{{path}}: Invalid value: {{value}}: activeDeadlineSeconds in {{controller}} is not Supported. Remove it; the controller would replace every pod it kills."
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const kind = pod.kind;
        const obj2 = ctx.object.value;
        const controller = DEADLINE_KIND[kind];
        if (controller && pod.spec["activeDeadlineSeconds"] !== void 0 && pod.spec["activeDeadlineSeconds"] !== null) {
          ctx.report({ messageId: "activeDeadline", data: { value: JSON.stringify(pod.spec["activeDeadlineSeconds"]), controller }, path: pod.at("activeDeadlineSeconds") });
        }
        let selector;
        let shown;
        if (kind === "Deployment" || kind === "ReplicaSet" || kind === "DaemonSet" || kind === "StatefulSet" || kind === "Job" && dig(obj2, "spec", "manualSelector") === true) {
          selector = rec(dig(obj2, "spec", "selector"));
          if (!selector || Object.keys(rec(selector["matchLabels"]) ?? {}).length === 0 && arr(selector["matchExpressions"]).length === 0) return;
          shown = selector;
        } else if (kind === "ReplicationController") {
          const sel = rec(dig(obj2, "spec", "selector"));
          if (!sel || Object.keys(sel).length === 0) return;
          selector = { matchLabels: sel };
          shown = sel;
        } else return;
        const rawLabels = rec(pod.metadata["labels"]);
        const labels = {};
        for (const k in rawLabels) {
          const v = rawLabels[k];
          if (typeof v === "string") labels[k] = v;
        }
        if (selectorMatches(selector, labels) === false) {
          const labelsPath = rawLabels ? [...pod.metadataPath, "labels"] : pod.metadataPath;
          ctx.report({ messageId: "selectorMismatch", data: { labels: goMap(rawLabels), selector: JSON.stringify(shown) }, path: labelsPath });
        }
      }
    };
  }
});

// rules/valid-workload-update.ts
var SELECTOR_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "DaemonSet"]);
var valid_workload_update_default = defineRule({
  id: "valid-workload-update",
  meta: {
    description: "Validate workload updates: immutable selectors and the StatefulSet spec fields an update may change",
    category: "validity",
    severity: "error",
    phase: "update",
    remediation: "Keep the selector of a Deployment, ReplicaSet or DaemonSet and the immutable StatefulSet fields (serviceName, selector, volumeClaimTemplates, podManagementPolicy, \u2026) as they are; to change them, delete the object with --cascade=orphan and recreate it.",
    messages: {
      selectorImmutable: "{{path}}: Invalid value: {{value}}: field is immutable (was {{old}}). Keep the selector; to change it, create a new {{kind}} and delete the old one.",
      statefulSetForbidden: "{{path}}: Forbidden: {{text}} ({{change}}). Revert this change, or delete the StatefulSet with --cascade=orphan and recreate it."
    }
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (apiGroup(current.apiVersion) !== "apps" || previous.kind !== current.kind) return;
        const oldSpec = rec(previous.value["spec"]) ?? {};
        const newSpec = rec(current.value["spec"]) ?? {};
        if (SELECTOR_KINDS.has(current.kind)) {
          if (!semanticEqual(oldSpec["selector"], newSpec["selector"])) {
            const path5 = ["spec", "selector"];
            ctx.report({ messageId: "selectorImmutable", path: path5, previousPath: path5, data: { value: show(newSpec["selector"]), old: show(oldSpec["selector"]), kind: current.kind } });
          }
          return;
        }
        if (current.kind !== "StatefulSet") return;
        const version = ctx.settings.kubernetesVersion;
        const munged = { ...newSpec };
        for (const f of statefulSetMutableFields(version)) copyField(munged, oldSpec, f);
        const text = statefulSetForbiddenText(version);
        for (const change of diffValues(oldSpec, munged, ["spec"], { defaults: STATEFULSET_SPEC_DEFAULTS })) {
          ctx.report({ messageId: "statefulSetForbidden", path: change.path, previousPath: change.path, data: { text, change: describeChange(change) } });
        }
      }
    };
  }
});

// rules/volume-mount-references-volume.ts
function hasBacksteps(p) {
  if (!p.includes("..")) return false;
  return p.replace(/\\/g, "/").split("/").includes("..");
}
var EMPTY2 = /* @__PURE__ */ new Set();
function fieldSet(list2, field) {
  const out = /* @__PURE__ */ new Set();
  for (const item of list2) {
    const v = str(isRecord(item) ? item[field] : void 0);
    if (v) out.add(v);
  }
  return out;
}
var volume_mount_references_volume_default = defineRule({
  id: "volume-mount-references-volume",
  meta: {
    description: "Require every volume mount and device to name a valid volume declared in the pod, at a unique, well-formed path",
    category: "validity",
    severity: "error",
    remediation: "Declare the volume under `spec.volumes` (in a workload: `spec.template.spec.volumes`) or fix the name; give each mount its own mountPath, keep subPath relative without `..`, and use volumeDevices only for persistentVolumeClaim or ephemeral volumes.",
    messages: {
      notFound: '{{path}}: Not found: "{{name}}": container "{{container}}" uses a volume the pod does not declare{{hint}}. Add it to {{volumes}} or fix the name.',
      nameRequired: "{{path}}: Required value: name must be set. Name the volume to use.",
      mountPathRequired: "{{path}}: Required value: mountPath must be set. Give the path inside the container.",
      devicePathRequired: "{{path}}: Required value: devicePath must be set. Give the device path inside the container.",
      notUnique: '{{path}}: Invalid value: {{value}}: must be unique. Container "{{container}}" already uses this {{what}} for another volume.',
      relativePath: '{{path}}: Invalid value: {{value}}: must be a relative path. Remove the leading "/"; it is a path inside the volume.',
      backsteps: "{{path}}: Invalid value: {{value}}: must not contain '..'. Point it at a directory inside the volume.",
      deviceBacksteps: "{{path}}: Invalid value: {{value}}: can not contain backsteps ('..'). Use a plain device path such as /dev/xvda.",
      subPathExclusive: "{{path}}: Invalid value: {{value}}: subPathExpr and subPath are mutually exclusive. Keep one of them.",
      inDevices: "{{path}}: Invalid value: {{value}}: must not already exist in volumeDevices. A volume is either mounted or attached as a block device.",
      pathInDevices: "{{path}}: Invalid value: {{value}}: must not already exist as a path in volumeDevices. Use another mountPath.",
      inMounts: "{{path}}: Invalid value: {{value}}: must not already exist in volumeMounts. A volume is either mounted or attached as a block device.",
      pathInMounts: "{{path}}: Invalid value: {{value}}: must not already exist as a path in volumeMounts. Use another devicePath.",
      blockSource: "{{path}}: Invalid value: {{value}}: can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode. Mount a {{source}} volume with volumeMounts instead."
    }
  },
  create(ctx) {
    return {
      container(c, pod) {
        const mounts = arr(c.node["volumeMounts"]);
        const devices = arr(c.node["volumeDevices"]);
        if (mounts.length === 0 && devices.length === 0) return;
        const declared = declaredVolumes(pod, ctx.object.value);
        const all = volumesOf(pod);
        const who = c.name ?? `#${c.index}`;
        const q2 = (s) => JSON.stringify(s);
        const both = mounts.length > 0 && devices.length > 0;
        const deviceNames = both ? fieldSet(devices, "name") : EMPTY2;
        const devicePaths = both ? fieldSet(devices, "devicePath") : EMPTY2;
        const mountNames = both ? fieldSet(mounts, "name") : EMPTY2;
        const mountPaths = both ? fieldSet(mounts, "mountPath") : EMPTY2;
        const notFound = (name, path5) => {
          const invalid = all.find((v) => v.name === name && v.problem !== void 0);
          const close = [...declared.keys()].find((d) => d.toLowerCase() === name.toLowerCase());
          const hint = invalid ? ` (volume "${name}" is declared, but the API server rejects it: ${invalid.problem}, so it does not count)` : close ? ` (did you mean "${close}"?)` : declared.size === 0 ? " (it declares no volumes)" : "";
          ctx.report({ messageId: "notFound", data: { name, container: who, hint, volumes: formatPath([...pod.path, "volumes"]) }, path: c.at(...path5) });
        };
        const seenPaths = /* @__PURE__ */ new Set();
        mounts.forEach((m, i) => {
          if (!isRecord(m)) return;
          const name = str(m["name"]);
          if (name === void 0 || name === "") ctx.report({ messageId: "nameRequired", path: c.at("volumeMounts", i) });
          else if (!declared.has(name)) notFound(name, ["volumeMounts", i, "name"]);
          const mountPath = str(m["mountPath"]);
          if (mountPath === void 0 || mountPath === "") ctx.report({ messageId: "mountPathRequired", path: c.at("volumeMounts", i) });
          else if (seenPaths.has(mountPath)) {
            ctx.report({ messageId: "notUnique", data: { value: q2(mountPath), container: who, what: "mountPath" }, path: c.at("volumeMounts", i, "mountPath") });
          }
          if (mountPath !== void 0) seenPaths.add(mountPath);
          if (name && deviceNames.has(name)) ctx.report({ messageId: "inDevices", data: { value: q2(name) }, path: c.at("volumeMounts", i, "name") });
          if (mountPath && devicePaths.has(mountPath)) ctx.report({ messageId: "pathInDevices", data: { value: q2(mountPath) }, path: c.at("volumeMounts", i, "mountPath") });
          const subPath = str(m["subPath"]) ?? "";
          const subPathExpr = str(m["subPathExpr"]) ?? "";
          const checkSubPath = (field, value) => {
            if (field === "subPathExpr" && subPath !== "") {
              ctx.report({ messageId: "subPathExclusive", data: { value: q2(value) }, path: c.at("volumeMounts", i, field) });
            }
            if (value.startsWith("/")) ctx.report({ messageId: "relativePath", data: { value: q2(value) }, path: c.at("volumeMounts", i, field) });
            if (hasBacksteps(value)) ctx.report({ messageId: "backsteps", data: { value: q2(value) }, path: c.at("volumeMounts", i, field) });
          };
          if (subPath !== "") checkSubPath("subPath", subPath);
          if (subPathExpr !== "") checkSubPath("subPathExpr", subPathExpr);
        });
        const seenDevNames = /* @__PURE__ */ new Set();
        const seenDevPaths = /* @__PURE__ */ new Set();
        devices.forEach((d, i) => {
          if (!isRecord(d)) return;
          const name = str(d["name"]);
          const devicePath = str(d["devicePath"]);
          if (name === void 0 || name === "") ctx.report({ messageId: "nameRequired", path: c.at("volumeDevices", i) });
          else {
            if (seenDevNames.has(name)) ctx.report({ messageId: "notUnique", data: { value: q2(name), container: who, what: "device name" }, path: c.at("volumeDevices", i, "name") });
            const vol = declared.get(name);
            if (!vol) notFound(name, ["volumeDevices", i, "name"]);
            else if (!vol.sources.includes("persistentVolumeClaim") && !vol.sources.includes("ephemeral")) {
              ctx.report({ messageId: "blockSource", data: { value: q2(name), source: vol.sources[0] ?? "emptyDir" }, path: c.at("volumeDevices", i, "name") });
            }
            seenDevNames.add(name);
          }
          if (devicePath === void 0 || devicePath === "") ctx.report({ messageId: "devicePathRequired", path: c.at("volumeDevices", i) });
          else {
            if (seenDevPaths.has(devicePath)) {
              ctx.report({ messageId: "notUnique", data: { value: q2(devicePath), container: who, what: "devicePath" }, path: c.at("volumeDevices", i, "devicePath") });
            }
            if (hasBacksteps(devicePath)) ctx.report({ messageId: "deviceBacksteps", data: { value: q2(devicePath) }, path: c.at("volumeDevices", i, "devicePath") });
            else seenDevPaths.add(devicePath);
          }
          if (name && mountNames.has(name)) ctx.report({ messageId: "inMounts", data: { value: q2(name) }, path: c.at("volumeDevices", i, "name") });
          if (devicePath && mountPaths.has(devicePath)) ctx.report({ messageId: "pathInMounts", data: { value: q2(devicePath) }, path: c.at("volumeDevices", i, "devicePath") });
        });
      }
    };
  }
});

// rules/index.ts
var builtinRules = [
  bare_pod_update_default,
  deployment_selector_orphans_default,
  emptydir_memory_size_limit_default,
  headless_service_subdomain_default,
  misleading_security_context_default,
  no_discarded_metadata_change_default,
  no_duplicate_container_port_default,
  no_duplicate_env_default,
  no_ephemeral_containers_on_create_default,
  no_localhost_probe_host_default,
  no_privileged_container_default,
  no_sensitive_host_path_default,
  no_sidecar_in_job_containers_default,
  no_static_pod_api_references_default,
  no_unknown_capabilities_default,
  no_unused_volumes_default,
  ondelete_template_change_default,
  pod_security_allow_privilege_escalation_default,
  pod_security_app_armor_profile_default,
  pod_security_capabilities_baseline_default,
  pod_security_capabilities_restricted_default,
  pod_security_host_namespaces_default,
  pod_security_host_path_volumes_default,
  pod_security_host_ports_default,
  pod_security_host_probes_and_host_lifecycle_default,
  pod_security_proc_mount_default,
  pod_security_proc_mount_restricted_default,
  pod_security_restricted_volumes_default,
  pod_security_run_as_non_root_default,
  pod_security_run_as_user_default,
  pod_security_se_linux_options_default,
  pod_security_seccomp_profile_baseline_default,
  pod_security_seccomp_profile_restricted_default,
  pod_security_sysctls_default,
  pod_security_windows_host_process_default,
  probe_port_declared_default,
  shared_volume_reader_writer_default,
  sidecar_start_order_default,
  sidecar_startup_probe_default,
  static_pod_mirror_references_default,
  unique_container_names_default,
  unnecessary_privilege_default,
  valid_container_ports_default,
  valid_container_restart_policy_default,
  valid_cronjob_update_default,
  valid_ephemeral_containers_default,
  valid_ephemeral_containers_update_default,
  valid_field_types_default,
  valid_job_update_default,
  valid_labels_default,
  valid_metadata_update_default,
  valid_object_name_default,
  valid_pod_resize_default,
  valid_pod_restart_policy_default,
  valid_pod_spec_names_default,
  valid_pod_update_default,
  valid_probes_and_lifecycle_default,
  valid_resize_policy_default,
  valid_security_context_default,
  valid_tolerations_default,
  valid_workload_template_default,
  valid_workload_update_default,
  volume_mount_references_volume_default
];

// src/node/plugins.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
import { pathToFileURL } from "node:url";

// src/node/importer.ts
var importer = (url) => import(url);
function importModule(url) {
  return importer(url);
}

// src/node/plugins.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/node/config-loader.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var CONFIG_FILE_NAMES = [".podlint.yaml", ".podlint.yml"];
function findConfigFile(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function readConfigFile(file, rules) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new PodlintError("E_CONFIG_NOT_FOUND", `Cannot read config file "${file}": ${e.message}`);
  }
  let value;
  try {
    value = (0, import_yaml.parse)(text, { prettyErrors: false }) ?? {};
  } catch (e) {
    throw new PodlintError("E_CONFIG_INVALID", `${file}: not valid YAML: ${e.message}`);
  }
  return validateConfig(value, rules, file);
}
function loadConfig(options) {
  const file = options.configFile ? path.resolve(options.cwd, options.configFile) : options.lookup === false ? void 0 : findConfigFile(options.cwd);
  if (!file) return { config: {}, file: void 0, baseDir: options.cwd };
  const config = readConfigFile(file, options.rules);
  return { config, file, baseDir: path.dirname(file), text: readFileSync(file, "utf8") };
}

// src/node/plugins.ts
var CATEGORIES = ["syntax", "validity", "security", "pitfall"];
var SEVERITIES = ["error", "warning", "info"];
var ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function isRuleLike(v) {
  return typeof v === "object" && v !== null && "id" in v && "meta" in v && "create" in v;
}
function rulesOf(mod) {
  const out = [];
  const take = (v) => {
    if (v === void 0 || v === null) return;
    if (Array.isArray(v)) out.push(...v);
    else if (isRuleLike(v)) out.push(v);
    else if (typeof v === "object" && "rules" in v) take(v.rules);
    else if (typeof v === "object") out.push(...Object.values(v));
    else out.push(v);
  };
  take(mod["default"]);
  if (mod["rules"] !== mod["default"]) take(mod["rules"]);
  return [...new Set(out)];
}
function checkPluginRule(rule, plugin) {
  const fail = (why) => {
    throw new PodlintError("E_PLUGIN", `plugin "${plugin}": ${why}`);
  };
  if (!isRuleLike(rule)) return fail("exports something that is not a rule (use defineRule({ id, meta, create }))");
  const id = rule.id;
  if (typeof id !== "string" || !ID.test(id)) return fail(`rule id ${JSON.stringify(id)} must be kebab-case`);
  const m = rule.meta;
  if (typeof m !== "object" || m === null) return fail(`rule "${id}" has no meta`);
  if (typeof m["description"] !== "string" || m["description"] === "") fail(`rule "${id}": meta.description must be a string`);
  if (!CATEGORIES.includes(m["category"])) fail(`rule "${id}": meta.category must be one of ${CATEGORIES.join(", ")}`);
  if (!SEVERITIES.includes(m["severity"])) fail(`rule "${id}": meta.severity must be one of ${SEVERITIES.join(", ")}`);
  if (typeof m["remediation"] !== "string") fail(`rule "${id}": meta.remediation must be a string`);
  const messages = m["messages"];
  if (typeof messages !== "object" || messages === null || Object.keys(messages).length === 0) fail(`rule "${id}": meta.messages must map message ids to templates`);
  if (typeof rule.create !== "function") fail(`rule "${id}": create must be a function`);
  return rule;
}
async function loadPlugins(specs, baseDir, taken = withSyntaxRules(builtinRules)) {
  const ids = new Map(taken.map((r) => [r.id, "a built-in rule"]));
  const out = [];
  for (const spec of specs) {
    const abs = path2.resolve(baseDir, spec);
    if (!existsSync2(abs)) throw new PodlintError("E_PLUGIN", `plugin "${spec}": no such file (${abs}); plugins are local ES modules, relative to the config file`);
    let mod;
    try {
      mod = await importModule(pathToFileURL(abs).href);
    } catch (e) {
      throw new PodlintError("E_PLUGIN", `plugin "${spec}": cannot be imported: ${e instanceof Error ? e.message : String(e)}`);
    }
    const rules = rulesOf(mod).map((r) => checkPluginRule(r, spec));
    if (rules.length === 0) throw new PodlintError("E_PLUGIN", `plugin "${spec}" exports no rule (export default defineRule({ \u2026 }) or an array of rules)`);
    for (const rule of rules) {
      const owner = ids.get(rule.id);
      if (owner !== void 0) throw new PodlintError("E_PLUGIN", `plugin "${spec}": rule id "${rule.id}" is already used by ${owner}`);
      ids.set(rule.id, `plugin "${spec}"`);
      out.push(rule);
    }
  }
  return out;
}
function pluginSpecs(configFile) {
  let value;
  try {
    value = (0, import_yaml2.parse)(readFileSync2(configFile, "utf8"), { prettyErrors: false });
  } catch {
    return [];
  }
  const list2 = typeof value === "object" && value !== null ? value["plugins"] : void 0;
  return Array.isArray(list2) ? list2.filter((s) => typeof s === "string" && s !== "") : [];
}
async function loadConfiguredPlugins(options) {
  const file = options.configFile ? path2.resolve(options.cwd, options.configFile) : options.configLookup === false ? void 0 : findConfigFile(options.cwd);
  if (!file || !existsSync2(file)) return [];
  const specs = pluginSpecs(file);
  if (specs.length === 0) return [];
  return loadPlugins(specs, path2.dirname(file), options.builtins ?? withSyntaxRules(builtinRules));
}

// src/node/lint-files.ts
import { closeSync, fstatSync, openSync, readFileSync as readFileSync4, readSync, statSync as statSync2 } from "node:fs";
import path4 from "node:path";

// src/node/files.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync as existsSync3, readdirSync, readFileSync as readFileSync3, statSync } from "node:fs";
import path3 from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
function toPosix(p) {
  return p.split(path3.sep).join("/");
}
function buildIgnore(options) {
  const ig = (0, import_ignore.default)();
  if (options.useIgnoreFile !== false) {
    const file = path3.join(options.cwd, ".podlintignore");
    if (existsSync3(file)) ig.add(readFileSync3(file, "utf8"));
  }
  ig.add([...options.ignorePatterns ?? []]);
  return ig;
}
function walkManifests(root) {
  const out = [];
  const walk3 = (dir, prefix) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const rel = prefix + e.name;
      if (e.isDirectory()) {
        if (e.name !== "node_modules") walk3(path3.join(dir, e.name), `${rel}/`);
        continue;
      }
      if (!MANIFEST_EXTENSIONS.some((x) => e.name.endsWith(x))) continue;
      if (e.isFile()) out.push(rel);
      else if (e.isSymbolicLink()) {
        let target;
        try {
          target = statSync(path3.join(dir, e.name));
        } catch {
          target = void 0;
        }
        if (!target?.isDirectory()) out.push(rel);
      }
    }
  };
  walk3(root, "");
  return out;
}
async function findFiles(inputs, options) {
  const { cwd } = options;
  const ig = buildIgnore(options);
  const isIgnored = (abs) => {
    const rel = toPosix(path3.relative(cwd, abs));
    if (rel === "" || rel.startsWith("..") || path3.isAbsolute(rel)) return false;
    return ig.ignores(rel);
  };
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (display, abs) => {
    if (seen.has(abs) || isIgnored(abs)) return;
    seen.add(abs);
    out.push(display);
  };
  for (const input of inputs) {
    const abs = path3.resolve(cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = void 0;
    }
    if (stat?.isFile()) {
      add(input, abs);
      continue;
    }
    if (stat?.isDirectory()) {
      const found = walkManifests(abs);
      found.sort();
      for (const f of found) add(path3.join(input, f), path3.join(abs, f));
      continue;
    }
    const { glob, hasMagic } = await import("./esm-TR6DQ7XE.js");
    if (hasMagic(input, { windowsPathsNoEscape: false })) {
      const found = await glob(input, { cwd, dot: false, nodir: true, ignore: ["**/node_modules/**"], posix: true });
      if (found.length === 0) throw new PodlintError("E_NO_FILES", `No files matching the pattern "${input}" were found.`);
      found.sort();
      for (const f of found) add(f, path3.resolve(cwd, f));
      continue;
    }
    throw new PodlintError("E_NO_FILES", `No such file or directory: "${input}".`);
  }
  return out;
}

// src/node/lint-files.ts
function autoThreads(files, cores) {
  return files >= 1e3 && cores > 1 ? Math.min(cores, 4) : 0;
}
function localToday(now = /* @__PURE__ */ new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
function prepareRun(options) {
  const cwd = options.cwd ?? process.cwd();
  const rules = withSyntaxRules(options.rules ?? builtinRules);
  const loaded = loadConfig({ cwd, configFile: options.configFile, lookup: options.configLookup, rules });
  const overrides = { ...options.overrides ?? {} };
  overrides.today ??= localToday();
  const source = loaded.file ? { file: path4.relative(cwd, loaded.file).split(path4.sep).join("/") || loaded.file, text: loaded.text } : void 0;
  const resolver = new ConfigResolver(loaded.config, rules, overrides, source);
  return { loaded, rules, resolver, cwd, overrides };
}
function configPathOf(run, display) {
  return path4.relative(run.loaded.baseDir, path4.resolve(run.cwd, display)).split(path4.sep).join("/");
}
function unreadable(display, e) {
  return {
    ruleId: "parse-error",
    category: "syntax",
    severity: "error",
    message: `Cannot read file: ${e.code ?? e.message}.`,
    file: display,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    path: ""
  };
}
function readSource(session, run, display) {
  session.registerFile(display);
  const configPath = configPathOf(run, display);
  const abs = path4.resolve(run.cwd, display);
  try {
    const size = statSync2(abs).size;
    if (size > run.resolver.maxFileSize) return { path: display, text: "", configPath, size };
    return { path: display, text: readFileSync4(abs, "utf8"), configPath };
  } catch (e) {
    session.addFinding(unreadable(display, e));
    return void 0;
  }
}
function readAll(fd, size) {
  if (size === 0) return readFileSync4(fd);
  const buf = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const n = readSync(fd, buf, length, size - length, null);
    if (n === 0) break;
    length += n;
  }
  return length === size ? buf : buf.subarray(0, length);
}
function bytesMention(bytes, word) {
  const isWord = (c) => c !== void 0 && (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95);
  for (let i = bytes.indexOf(word); i !== -1; i = bytes.indexOf(word, i + 1)) {
    if (!isWord(bytes[i - 1]) && !isWord(bytes[i + word.length])) return true;
  }
  return false;
}
function bytesMayHold(bytes, kind) {
  return bytes.includes(92) || bytesMention(bytes, kind) || bytesMention(bytes, "binary");
}
function fileMayHold(run, display, kinds) {
  try {
    const bytes = readBytes(path4.resolve(run.cwd, display), run.resolver.maxFileSize);
    return kinds.map((k) => typeof bytes !== "number" && bytesMayHold(bytes, k));
  } catch {
    return kinds.map(() => false);
  }
}
function readBytes(abs, limit) {
  const fd = openSync(abs, "r");
  try {
    const size = fstatSync(fd).size;
    return size > limit ? size : readAll(fd, size);
  } finally {
    closeSync(fd);
  }
}
function fileSource(session, run, display) {
  session.registerFile(display);
  let where;
  const at = () => where ??= { abs: path4.resolve(run.cwd, display), configPath: configPathOf(run, display) };
  const load = () => {
    const bytes = readBytes(at().abs, run.resolver.maxFileSize);
    return typeof bytes === "number" ? { path: display, text: "", configPath: at().configPath, size: bytes } : bytes;
  };
  const toSource = (b) => Buffer.isBuffer(b) ? { path: display, text: b.toString("utf8"), configPath: at().configPath } : b;
  return {
    path: display,
    mayHold: (kind) => {
      try {
        const b = load();
        return Buffer.isBuffer(b) && bytesMayHold(b, kind);
      } catch {
        return false;
      }
    },
    peek: () => {
      try {
        return toSource(load());
      } catch {
        return void 0;
      }
    },
    read: () => {
      try {
        return toSource(load());
      } catch (e) {
        session.addFinding(unreadable(display, e));
        return void 0;
      }
    }
  };
}
async function lintFiles(inputs, options = {}) {
  if (options.rules === void 0) {
    const plugins = await loadConfiguredPlugins({ cwd: options.cwd ?? process.cwd(), configFile: options.configFile, configLookup: options.configLookup });
    if (plugins.length > 0) options = { ...options, rules: [...builtinRules, ...plugins] };
  }
  if (options.rules !== void 0 && needsSchemaCompiler(options.rules)) await import("./config-V4HIDDHT.js");
  const run = prepareRun(options);
  const files = await findFiles(
    inputs.filter((i) => i !== "-"),
    { cwd: run.cwd, ignorePatterns: [...run.loaded.config.ignorePatterns ?? [], ...options.ignorePatterns ?? []], useIgnoreFile: options.useIgnoreFile }
  );
  const session = new LintSession(run.rules, run.resolver);
  const threads = options.threads === "auto" ? autoThreads(files.length, options.cores ?? 1) : options.threads ?? 0;
  if (threads > 0 && options.workerScript !== void 0 && !options.stdin && files.length > 0) {
    for (const file of files) session.registerFile(file);
    const { lintOnWorkers } = await import("./lint-workers-KNDBFYUG.js");
    const setup = { cwd: run.cwd, configFile: options.configFile, configLookup: options.configLookup, overrides: run.overrides, files };
    return lintOnWorkers(session, run, setup, Math.min(threads, files.length), options.workerScript);
  }
  const sources = [];
  if (options.stdin) {
    const { filename, text } = options.stdin;
    session.registerFile(filename);
    sources.push(textSource({ path: filename, text, configPath: configPathOf(run, filename) }));
  }
  for (const file of files) sources.push(fileSource(session, run, file));
  return session.lintRun(sources);
}

export {
  builtinRules,
  MANIFEST_EXTENSIONS,
  findFiles,
  loadPlugins,
  loadConfiguredPlugins,
  localToday,
  prepareRun,
  readSource,
  fileMayHold,
  fileSource,
  lintFiles
};

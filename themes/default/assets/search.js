// The search page's engine: answers queries from the static index the build derives with
// Lucene (docs/search.md). Every index file is a script calling back into aimsbookSearch,
// because fetch() and workers do not work when the handbook is opened from file://.
(function () {
  "use strict";

  var api = window.aimsbookSearch = {};
  // The version folder this script's assets folder is in; its index is in search/.
  var root = new URL("../", document.currentScript.src).href;
  var index = root + "search/";
  var WORD = /[\p{L}\p{N}]+(?:[._'’-][\p{L}\p{N}]+)*/gu;
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var EXPANSIONS = 8;
  var PREFIX = 3;
  var SHOWN = 10;
  // Phrases are checked against page text, which costs a file per page: stop after this many.
  var PHRASE_CHECKS = 50;

  // Maps keyed by words must not inherit: "constructor" is a word too.
  function dictionary() {
    return Object.create(null);
  }

  // --- Loading ---------------------------------------------------------------------------

  var loaded = dictionary();
  var waiting = dictionary();

  api.meta = function (m) { loaded["meta.js"] = m; };
  api.facets = function (f) { loaded["facets.js"] = f; };
  api.words = function (i, list) { loaded["w" + i + ".js"] = list; };
  api.keys = function (i, list) { loaded["k" + i + ".js"] = list; };
  api.prefixes = function (i, list) { loaded["p" + i + ".js"] = list; };
  api.text = function (page, t) { loaded["t/" + page + ".js"] = t; };

  // A script's load event fires after it ran, so its data is in `loaded` by then; a missing
  // file calls back with undefined and is tried again by the next query.
  function load(file, done) {
    if (file in loaded) {
      done(loaded[file]);
      return;
    }
    if (waiting[file]) {
      waiting[file].push(done);
      return;
    }
    waiting[file] = [done];
    var script = document.createElement("script");
    script.src = index + file;
    function settle() {
      var callbacks = waiting[file];
      delete waiting[file];
      script.remove();
      callbacks.forEach(function (callback) { callback(loaded[file]); });
    }
    script.addEventListener("load", settle);
    script.addEventListener("error", settle);
    document.head.appendChild(script);
  }

  function loadAll(files, done) {
    var results = new Array(files.length);
    var left = files.length;
    if (left === 0) {
      done(results);
      return;
    }
    files.forEach(function (file, i) {
      load(file, function (data) {
        results[i] = data;
        if (--left === 0) {
          done(results);
        }
      });
    });
  }

  // --- Sorted lists ------------------------------------------------------------------------

  // The index sorts by code point, as Lucene does; JavaScript compares UTF-16 units, which
  // differ only where a surrogate meets a unit of U+E000 or above.
  function compare(a, b) {
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) {
      var x = a.charCodeAt(i);
      var y = b.charCodeAt(i);
      if (x !== y) {
        if (x >= 0xD800 && y >= 0xD800) {
          x = x >= 0xE000 ? x - 0x800 : x + 0x2000;
          y = y >= 0xE000 ? y - 0x800 : y + 0x2000;
        }
        return x - y;
      }
    }
    return a.length - b.length;
  }

  // The position of the first entry not below `value`, by `key(entry)`.
  function lowerBound(list, value, key) {
    var low = 0;
    var high = list.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (compare(key(list[middle]), value) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  function identity(value) { return value; }
  function first(entry) { return entry[0]; }

  // The shard a value falls in: the last one whose first entry is not above it.
  function shardOf(firsts, value) {
    var i = lowerBound(firsts, value, identity);
    return i < firsts.length && firsts[i] === value ? i : Math.max(0, i - 1);
  }

  // Calls back with the entry whose first element is `value` in its shard of `kind`, or null.
  function lookup(kind, firsts, value, done) {
    if (!firsts.length) {
      done(null);
      return;
    }
    load(kind + shardOf(firsts, value) + ".js", function (list) {
      var i = list ? lowerBound(list, value, first) : 0;
      done(list && i < list.length && list[i][0] === value ? list[i] : null);
    });
  }

  function lookupAll(kind, firsts, values, done) {
    var results = new Array(values.length);
    var left = values.length;
    if (left === 0) {
      done(results);
      return;
    }
    values.forEach(function (value, i) {
      lookup(kind, firsts, value, function (entry) {
        results[i] = entry;
        if (--left === 0) {
          done(results);
        }
      });
    });
  }

  // --- Keys and their postings -------------------------------------------------------------

  var VALUE = dictionary();
  DIGITS.split("").forEach(function (digit, i) { VALUE[digit] = i; });

  // Postings: per page the gap to the previous page as 5-bit digits, low first (32 and above
  // means more follows), then the quantised score as two 6-bit digits, high first.
  function decode(postings, scale) {
    var pages = [];
    var scores = [];
    var page = -1;
    var i = 0;
    while (i < postings.length) {
      var gap = 0;
      var unit = 1;
      var digit;
      do {
        digit = VALUE[postings[i++]];
        gap += (digit & 31) * unit;
        unit *= 32;
      } while (digit >= 32);
      page += gap;
      pages.push(page);
      scores.push((VALUE[postings[i]] * 64 + VALUE[postings[i + 1]]) * scale);
      i += 2;
    }
    return { pages: pages, scores: scores };
  }

  var decoded = dictionary();

  // Calls back with each key's {pages, scores, words}, words being its surface words.
  function keysOf(meta, keys, done) {
    lookupAll("k", meta.keys, keys, function (entries) {
      done(entries.map(function (entry, i) {
        if (!entry) {
          return { pages: [], scores: [], words: [] };
        }
        if (!decoded[keys[i]]) {
          var postings = decode(entry[3], entry[2]);
          postings.words = entry[1];
          decoded[keys[i]] = postings;
        }
        return decoded[keys[i]];
      }));
    });
  }

  // --- Queries -----------------------------------------------------------------------------

  function words(text) {
    return (text.toLowerCase().match(WORD) || []);
  }

  // A query: words all pages must have, phrases to check in the text, excluded words, and the
  // word being typed, which stands for the words it begins.
  function parse(query, typing) {
    var parsed = { words: [], phrases: [], excluded: [], prefix: null };
    var tokens = query.match(/"[^"]*"?|[^\s"]+/g) || [];
    tokens.forEach(function (token) {
      if (token.charAt(0) === "\"") {
        var phrase = words(token);
        parsed.words = parsed.words.concat(phrase);
        if (phrase.length > 1) {
          parsed.phrases.push(phrase);
        }
      } else if (token.charAt(0) === "-" && token.length > 1) {
        parsed.excluded = parsed.excluded.concat(words(token));
      } else {
        parsed.words = parsed.words.concat(words(token));
      }
    });
    var last = tokens[tokens.length - 1];
    if (typing && last && /[\p{L}\p{N}]$/u.test(query) && last.charAt(0) !== "\"" && last.charAt(0) !== "-"
        && Array.from(parsed.words[parsed.words.length - 1]).length >= PREFIX) {
      parsed.prefix = parsed.words.pop();
    }
    return parsed;
  }

  // The most frequent words a prefix begins: from the prefix list of its first characters and,
  // for a longer prefix, from the word shard it falls in. The prefix itself comes first.
  function expand(meta, prefix, done) {
    var start = Array.from(prefix).slice(0, PREFIX).join("");
    var shard = "w" + shardOf(meta.words, prefix) + ".js";
    lookup("p", meta.prefixes, start, function (entry) {
      load(shard, function (list) {
        var found = dictionary();
        for (var i = 1; entry && i < entry.length; i += 2) {
          if (entry[i].indexOf(prefix) === 0) {
            found[entry[i]] = entry[i + 1];
          }
        }
        if (prefix !== start && list) {
          for (var j = lowerBound(list, prefix, first); j < list.length && list[j][0].indexOf(prefix) === 0; j++) {
            found[list[j][0]] = list[j][1];
          }
        }
        delete found[prefix];
        var words = Object.keys(found).sort(function (a, b) {
          return found[b] - found[a] || compare(a, b);
        });
        done([prefix].concat(words.slice(0, EXPANSIONS)));
      });
    });
  }

  // The keys a word the prefix expanded to stands for. A compound word such as
  // impact-assessment-procedure has the keys of its parts: typing "impa" must not find every
  // page about procedures, so a compound counts only as itself, when it is an id.
  function expansionKeys(prefix, entry) {
    var word = entry[0];
    var keys = entry.slice(2);
    if (word === prefix || !/[._'’-]/.test(word.slice(prefix.length))) {
      return keys;
    }
    return keys.indexOf(word) >= 0 ? [word] : [];
  }

  // Turns a parsed query into groups of keys: a page matches a group when it has one of its
  // keys, and scores the sum of their scores. A word unknown to the index is an empty group,
  // which no page matches; a stop word is no group at all.
  function groups(meta, parsed, done) {
    var typed = parsed.words.slice();
    var after = function (expansions) {
      var all = typed.concat(expansions).concat(parsed.excluded);
      lookupAll("w", meta.words, all, function (entries) {
        var known = dictionary();
        var unknown = [];
        all.forEach(function (word, i) { known[word] = entries[i]; });
        // The query's own words are marked as well as the keys' forms: a compound such as
        // risk-12 is no listed form of its keys.
        var result = { required: [], excluded: [], unknown: unknown, words: [] };
        typed.forEach(function (word) {
          if (!known[word]) {
            unknown.push(word);
            result.required.push([]);
          } else if (known[word].length > 2) {
            result.required.push(known[word].slice(2));
            result.words.push(word);
          }
        });
        if (parsed.prefix) {
          var keys = [];
          expansions.forEach(function (word) {
            var expanded = known[word] ? expansionKeys(parsed.prefix, known[word]) : [];
            if (expanded.length) {
              result.words.push(word);
            }
            expanded.forEach(function (key) {
              if (keys.indexOf(key) < 0) {
                keys.push(key);
              }
            });
          });
          if (keys.length || !expansions.some(function (word) { return known[word]; })) {
            result.required.push(keys);
          }
          if (!expansions.some(function (word) { return known[word]; })) {
            unknown.push(parsed.prefix);
          }
        }
        parsed.excluded.forEach(function (word) {
          result.excluded = result.excluded.concat(known[word] ? known[word].slice(2) : []);
        });
        done(result);
      });
    };
    if (parsed.prefix) {
      expand(meta, parsed.prefix, after);
    } else {
      after([]);
    }
  }

  // Ranks pages: all groups required, or any of them when no page has all. Scores add up as
  // Lucene's Boolean query adds its clauses; ties go to the lower page number, as in Lucene.
  function rank(meta, query, done) {
    groups(meta, query, function (grouped) {
      var keys = [];
      grouped.required.forEach(function (group) { keys = keys.concat(group); });
      keysOf(meta, keys.concat(grouped.excluded), function (postings) {
        var score = new Float64Array(meta.pages);
        var hits = new Int32Array(meta.pages);
        var stamp = new Int32Array(meta.pages).fill(-1);
        var touched = [];
        var k = 0;
        grouped.required.forEach(function (group, g) {
          group.forEach(function () {
            var key = postings[k++];
            for (var i = 0; i < key.pages.length; i++) {
              var page = key.pages[i];
              score[page] += key.scores[i];
              if (stamp[page] !== g) {
                stamp[page] = g;
                if (hits[page]++ === 0) {
                  touched.push(page);
                }
              }
            }
          });
        });
        var excluded = new Uint8Array(meta.pages);
        postings.slice(k).forEach(function (key) {
          key.pages.forEach(function (page) { excluded[page] = 1; });
        });
        var candidates = touched.filter(function (page) { return !excluded[page]; });
        var all = candidates.filter(function (page) { return hits[page] === grouped.required.length; });
        var highlight = dictionary();
        postings.slice(0, k).forEach(function (key) {
          key.words.forEach(function (word) { highlight[word] = true; });
        });
        grouped.words.forEach(function (word) { highlight[word] = true; });
        var pages = all.length ? all : candidates;
        pages.sort(function (a, b) { return score[b] - score[a] || a - b; });
        done({ pages: pages, any: !all.length && pages.length > 0, unknown: grouped.unknown, highlight: highlight });
      });
    });
  }

  /**
   * Ranks the pages for a query as typed, the last word taken whole: calls back with the page
   * numbers of the best ten (or `count`), all words required or, when no page has all, any;
   * null when the index cannot be loaded.
   */
  api.rank = function (query, done, count) {
    load("meta.js", function (meta) {
      if (!meta) {
        done(null);
        return;
      }
      rank(meta, parse(query, false), function (ranked) {
        done(ranked.pages.slice(0, count || SHOWN));
      });
    });
  };

  // --- Page text: phrases and snippets ------------------------------------------------------

  // The surface words of a text with where each starts and ends.
  function spans(text) {
    var found = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      found.push({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  function hasPhrase(sequence, phrase) {
    for (var i = 0; i + phrase.length <= sequence.length; i++) {
      var j = 0;
      while (j < phrase.length && sequence[i + j] === phrase[j]) {
        j++;
      }
      if (j === phrase.length) {
        return true;
      }
    }
    return false;
  }

  function containsPhrases(text, phrases) {
    var parts = [text.title].concat(text.sections.map(function (s) { return s[1]; }),
      text.sections.map(function (s) { return s[2]; }));
    var sequences = parts.map(function (part) { return words(part); });
    return phrases.every(function (phrase) {
      return sequences.some(function (sequence) { return hasPhrase(sequence, phrase); });
    });
  }

  // The section with the most distinct highlighted words, and a window of its text around
  // the densest run of them.
  function snippet(text, highlight) {
    var best = null;
    text.sections.forEach(function (section) {
      var found = spans(section[2]).filter(function (s) { return highlight[s.word]; });
      var heading = spans(section[1]).filter(function (s) { return highlight[s.word]; });
      var distinct = dictionary();
      found.concat(heading).forEach(function (s) { distinct[s.word] = true; });
      var rank = Object.keys(distinct).length * 1000 + found.length + heading.length;
      if (!best || rank > best.rank) {
        best = { rank: rank, section: section, found: found };
      }
    });
    if (!best) {
      return { anchor: "", heading: "", text: "", marks: [] };
    }
    var body = best.section[2];
    var start = 0;
    var most = -1;
    best.found.forEach(function (s, i) {
      var near = dictionary();
      for (var j = i; j < best.found.length && best.found[j].end - s.start < 160; j++) {
        near[best.found[j].word] = true;
      }
      if (Object.keys(near).length > most) {
        most = Object.keys(near).length;
        start = s.start;
      }
    });
    start = Math.max(0, start - 60);
    if (start > 0) {
      start = body.indexOf(" ", start) + 1;
    }
    var end = Math.min(body.length, start + 220);
    if (end < body.length) {
      end = Math.max(body.lastIndexOf(" ", end), start + 1);
    }
    return {
      anchor: best.section[0],
      heading: best.section[1],
      text: body.slice(start, end),
      before: start > 0,
      after: end < body.length,
      marks: best.found.filter(function (s) { return s.start >= start && s.end <= end; })
        .map(function (s) { return { start: s.start - start, end: s.end - start }; })
    };
  }

  // --- The search page ---------------------------------------------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function typeOf(meta, page) {
    for (var i = 0; i < meta.types.length; i++) {
      var type = meta.types[i];
      if (page >= type.first && page < type.first + type.count) {
        return type;
      }
    }
    return null;
  }

  // A page's value of a facet: `width` base64 digits, high first, indexing the facet's values.
  function facetValue(meta, facets, name, page) {
    var facet = meta.facets[name];
    var value = 0;
    for (var i = 0; i < facet.width; i++) {
      value = value * 64 + VALUE[facets[name][page * facet.width + i]];
    }
    return value;
  }

  // Some headings are whole sentences, such as a risk's description.
  function shorten(text, length) {
    return text.length <= length ? text : text.slice(0, length).replace(/\s+\S*$/, "") + "\u2026";
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  function SearchPage(form, meta) {
    this.form = form;
    this.meta = meta;
    this.input = form.elements.q;
    this.status = document.getElementById("search-status");
    this.suggestion = document.getElementById("search-suggestion");
    this.filters = document.getElementById("search-filters");
    this.list = document.getElementById("search-results");
    this.more = document.getElementById("search-more");
    this.filter = dictionary();
    this.run = 0;
  }

  SearchPage.prototype.start = function () {
    var self = this;
    var params = new URLSearchParams(window.location.search);
    this.input.value = params.get("q") || "";
    ["type"].concat(Object.keys(this.meta.facets)).forEach(function (name) {
      if (params.get(name)) {
        self.filter[name] = params.get(name);
      }
    });
    var timer = null;
    this.input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.search(); }, 120);
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      self.search();
    });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && self.list.querySelector("a")) {
        event.preventDefault();
        self.list.querySelector("a").focus();
      }
    });
    this.list.addEventListener("keydown", function (event) { self.move(event); });
    this.more.addEventListener("click", function () {
      self.list.setAttribute("aria-busy", "true");
      self.show(self.current, SHOWN);
    });
    this.search();
  };

  // Arrow keys move between result links; Escape goes back to the query.
  SearchPage.prototype.move = function (event) {
    var links = Array.prototype.slice.call(this.list.querySelectorAll("li > a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < links.length - 1) {
      links[at + 1].focus();
    } else if (event.key === "ArrowUp" && at > 0) {
      links[at - 1].focus();
    } else if (event.key === "ArrowUp" || event.key === "Escape") {
      this.input.focus();
    } else {
      return;
    }
    event.preventDefault();
  };

  SearchPage.prototype.address = function () {
    var params = new URLSearchParams();
    var query = this.input.value.trim();
    if (query) {
      params.set("q", query);
    }
    var filter = this.filter;
    Object.keys(filter).sort().forEach(function (name) { params.set(name, filter[name]); });
    var search = params.toString();
    return window.location.pathname + (search ? "?" + search : "");
  };

  SearchPage.prototype.search = function () {
    var self = this;
    var run = ++this.run;
    try {
      window.history.replaceState(null, "", this.address());
    } catch (e) {
      // Some browsers refuse to rewrite a file:// address; the answer does not depend on it.
    }
    var parsed = parse(this.input.value, true);
    if (!parsed.words.length && !parsed.prefix) {
      this.clear();
      return;
    }
    this.list.setAttribute("aria-busy", "true");
    rank(this.meta, parsed, function (ranked) {
      if (run !== self.run) {
        return;
      }
      // Facet values are only needed for counts, unless a facet filter is set: the results
      // then wait for them, otherwise the counts follow the results.
      var filtered = Object.keys(self.filter).some(function (name) { return name !== "type"; });
      if ("facets.js" in loaded || !filtered) {
        self.answer(ranked, parsed);
        if ("facets.js" in loaded) {
          return;
        }
      }
      load("facets.js", function () {
        if (run === self.run) {
          if (filtered) {
            self.answer(ranked, parsed);
          } else {
            self.showFilters(ranked);
          }
        }
      });
    });
  };

  SearchPage.prototype.clear = function () {
    this.list.setAttribute("aria-busy", "false");
    this.status.textContent = "";
    this.suggestion.hidden = true;
    this.filters.textContent = "";
    this.list.textContent = "";
    this.more.hidden = true;
  };

  // The facets known so far (facets.js may still be loading) and a page's value of one.
  SearchPage.prototype.facets = function () {
    var meta = this.meta;
    var facets = loaded["facets.js"];
    var names = ["type"].concat(facets ? Object.keys(meta.facets) : []);
    return {
      names: names,
      value: function (name, page) {
        if (name === "type") {
          var type = typeOf(meta, page);
          return type ? type.key : "";
        }
        return meta.facets[name].values[facetValue(meta, facets, name, page)];
      }
    };
  };

  SearchPage.prototype.passes = function (facets, page, except) {
    var filter = this.filter;
    return facets.names.every(function (name) {
      return name === except || !filter[name] || facets.value(name, page) === filter[name];
    });
  };

  // Filters the ranked pages and shows the first results.
  SearchPage.prototype.answer = function (ranked, parsed) {
    var self = this;
    var facets = this.facets();
    var pages = ranked.pages.filter(function (page) { return self.passes(facets, page); });
    this.current = { ranked: ranked, parsed: parsed, pages: pages, next: 0, shown: 0, checked: 0, run: this.run };
    this.list.textContent = "";
    this.showFilters(ranked);
    this.suggest(ranked);
    if (!pages.length) {
      this.status.textContent = ranked.pages.length ? "No page matches with these filters."
        : "No page matches \u201c" + this.input.value.trim() + "\u201d.";
      this.more.hidden = true;
      this.list.setAttribute("aria-busy", "false");
      return;
    }
    this.show(this.current, SHOWN);
  };

  // Shows `count` more results, loading their text; a phrase query checks each page's text
  // and shows only those that have the phrase.
  SearchPage.prototype.show = function (state, count) {
    var self = this;
    var target = state.shown + count;
    var batch = state.pages.slice(state.next, state.next + count);
    state.next += batch.length;
    loadAll(batch.map(function (page) { return "t/" + page + ".js"; }), function (texts) {
      if (state.run !== self.run) {
        return;
      }
      texts.forEach(function (text, i) {
        if (!text) {
          return;
        }
        if (state.parsed.phrases.length) {
          state.checked++;
          if (!containsPhrases(text, state.parsed.phrases)) {
            return;
          }
        }
        if (state.shown < target) {
          self.list.appendChild(self.result(batch[i], text, state.ranked.highlight));
          state.shown++;
        }
      });
      var left = state.next < state.pages.length;
      var capped = state.parsed.phrases.length && state.checked >= PHRASE_CHECKS * Math.ceil(target / SHOWN);
      if (state.shown < target && left && !capped) {
        self.show(state, target - state.shown);
        return;
      }
      self.more.hidden = !left;
      self.report(state, left);
    });
  };

  SearchPage.prototype.report = function (state, left) {
    var message;
    if (state.parsed.phrases.length) {
      message = (left ? "At least " : "") + plural(state.shown, "page has", "pages have") + " the phrase.";
      if (!state.shown && !left) {
        message = "No page has the phrase; " + plural(state.pages.length, "page has", "pages have") + " its words.";
      }
    } else {
      message = plural(state.pages.length, "page matches.", "pages match.");
      if (state.ranked.any) {
        message = "No page has all the words; " + plural(state.pages.length, "page has", "pages have") + " some of them.";
      }
    }
    this.status.textContent = message;
    this.list.setAttribute("aria-busy", "false");
  };

  SearchPage.prototype.result = function (page, text, highlight) {
    var item = element("li", "result");
    var cut = snippet(text, highlight);
    var link = element("a");
    link.href = root + text.path + (cut.anchor ? "#" + cut.anchor : "");
    link.appendChild(element("span", "result-title", text.title));
    if (cut.heading) {
      link.appendChild(element("span", "result-section", " \u203a " + shorten(cut.heading, 80)));
    }
    item.appendChild(link);
    var type = typeOf(this.meta, page);
    if (type) {
      item.appendChild(element("p", "result-type", type.label));
    }
    if (cut.text) {
      var paragraph = element("p", "snippet");
      var at = 0;
      paragraph.appendChild(document.createTextNode(cut.before ? "\u2026 " : ""));
      cut.marks.forEach(function (mark) {
        paragraph.appendChild(document.createTextNode(cut.text.slice(at, mark.start)));
        paragraph.appendChild(element("mark", "", cut.text.slice(mark.start, mark.end)));
        at = mark.end;
      });
      paragraph.appendChild(document.createTextNode(cut.text.slice(at) + (cut.after ? " \u2026" : "")));
      item.appendChild(paragraph);
    }
    return item;
  };

  // Filter links per facet, each with the number of results it would leave: a facet's counts
  // heed the other facets' filters, not its own.
  SearchPage.prototype.showFilters = function (ranked) {
    var self = this;
    var meta = this.meta;
    var facets = this.facets();
    this.filters.textContent = "";
    if (!ranked.pages.length) {
      return;
    }
    facets.names.forEach(function (name) {
      var counts = dictionary();
      var sum = 0;
      ranked.pages.forEach(function (page) {
        if (self.passes(facets, page, name)) {
          var value = facets.value(name, page);
          counts[value] = (counts[value] || 0) + 1;
          sum++;
        }
      });
      var labels = dictionary();
      if (name === "type") {
        meta.types.forEach(function (type) { labels[type.key] = type.label; });
      } else {
        Object.keys(counts).sort(compare).forEach(function (value) { labels[value] = value; });
      }
      var values = Object.keys(labels).filter(function (value) {
        return value && (counts[value] || self.filter[name] === value);
      });
      if (!values.length) {
        return;
      }
      var group = element("div", "filter");
      group.appendChild(element("h2", "", name === "type" ? "Type" : name.charAt(0).toUpperCase() + name.slice(1)));
      var list = element("ul");
      list.appendChild(self.filterLink(name, "", "All", sum));
      values.forEach(function (value) {
        list.appendChild(self.filterLink(name, value, labels[value], counts[value] || 0));
      });
      group.appendChild(list);
      self.filters.appendChild(group);
    });
  };

  SearchPage.prototype.filterLink = function (name, value, label, count) {
    var self = this;
    var item = element("li");
    var link = element("a", "", label + " ");
    link.appendChild(element("span", "count", "(" + count + ")"));
    var chosen = Object.assign(dictionary(), this.filter);
    if (value) {
      chosen[name] = value;
    } else {
      delete chosen[name];
    }
    var params = new URLSearchParams();
    params.set("q", this.input.value.trim());
    Object.keys(chosen).sort().forEach(function (key) { params.set(key, chosen[key]); });
    link.href = "?" + params.toString();
    if ((this.filter[name] || "") === value) {
      link.setAttribute("aria-current", "true");
    }
    link.addEventListener("click", function (event) {
      event.preventDefault();
      self.filter = chosen;
      self.search();
    });
    item.appendChild(link);
    return item;
  };

  // When a word is not in the index, offers the closest words that are.
  SearchPage.prototype.suggest = function (ranked) {
    var self = this;
    var run = this.run;
    this.suggestion.hidden = true;
    if (!ranked.unknown.length || (ranked.pages.length && !ranked.any)) {
      return;
    }
    var unknown = ranked.unknown;
    var left = unknown.length;
    var replacements = dictionary();
    unknown.forEach(function (word) {
      closest(self.meta, word, function (best) {
        if (best) {
          replacements[word] = best;
        }
        if (--left === 0 && run === self.run && Object.keys(replacements).length) {
          var query = self.input.value.replace(WORD, function (found) {
            return replacements[found.toLowerCase()] || found;
          });
          self.suggestion.textContent = "Did you mean ";
          var link = element("a", "", query);
          link.href = "?q=" + encodeURIComponent(query);
          self.suggestion.appendChild(link);
          self.suggestion.appendChild(document.createTextNode("?"));
          self.suggestion.hidden = false;
        }
      });
    });
  };

  // --- Did you mean ------------------------------------------------------------------------

  // Edit distance with transpositions: "imapct" is one edit from "impact".
  function distance(a, b) {
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) {
          rows[i].push(j);
          continue;
        }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d = Math.min(d, rows[i - 2][j - 2] + 1);
        }
        rows[i].push(d);
      }
    }
    return rows[a.length][b.length];
  }

  // The most frequent vocabulary word within reach of `word`, looking where a typo would put
  // it: beside it in the word list, and among the common words of its first characters with
  // one of them swapped or dropped.
  function closest(meta, word, done) {
    var chars = Array.from(word);
    var starts = [chars.slice(0, PREFIX)];
    if (chars.length > PREFIX) {
      starts.push([chars[0], chars[2], chars[1]], [chars[0], chars[2], chars[3]], [chars[0], chars[1], chars[3]]);
    }
    var prefixes = starts.map(function (start) { return start.join(""); });
    lookupAll("p", meta.prefixes, prefixes, function (entries) {
      load("w" + shardOf(meta.words, word) + ".js", function (list) {
        var candidates = dictionary();
        entries.forEach(function (entry) {
          for (var i = 1; entry && i < entry.length; i += 2) {
            candidates[entry[i]] = entry[i + 1];
          }
        });
        var at = list ? lowerBound(list, word, first) : 0;
        (list || []).slice(Math.max(0, at - 20), at + 20).forEach(function (entry) {
          if (entry.length > 2) {
            candidates[entry[0]] = entry[1];
          }
        });
        var reach = chars.length > 4 ? 2 : 1;
        var best = null;
        Object.keys(candidates).forEach(function (candidate) {
          var d = distance(word, candidate);
          if (d <= reach && (!best || d < best.d || (d === best.d && candidates[candidate] > best.pages))) {
            best = { word: candidate, d: d, pages: candidates[candidate] };
          }
        });
        done(best && best.word);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("search");
    if (form) {
      load("meta.js", function (meta) {
        if (meta) {
          new SearchPage(form, meta).start();
        } else {
          document.getElementById("search-status").textContent = "The search index of this version could not be loaded.";
        }
      });
    }
  });
})();

// Search over the sharded index under /search/ (written by the build; see WriteSearchIndex.cs).
// A query loads the small manifest, then one shard per word: the shard of the longest listed prefix
// of the word. Results are built with DOM calls and textContent only, never as HTML, since names
// and descriptions come from repositories.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root) {
    return;
  }
  var RISKS = ["Low", "Medium", "High", "Critical"];
  var CATEGORIES = ["Read", "Write", "Execute"];
  var base = root.getAttribute("data-base") || "/";
  var indexUrl = root.getAttribute("data-index");
  var maxTerms = parseInt(root.getAttribute("data-max-terms") || "4", 10);
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var riskSelect = document.getElementById("search-risk");
  var categorySelect = document.getElementById("search-category");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var manifest = null;
  var shards = {};
  var generation = 0;

  function terms(query) {
    var words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    var seen = {};
    var out = [];
    words.forEach(function (w) {
      if (w.length >= 2 && !seen[w]) {
        seen[w] = true;
        out.push(w.length > 32 ? w.slice(0, 32) : w);
      }
    });
    return out;
  }

  function fileName(key) {
    if (/^[a-z0-9]+$/.test(key)) {
      return key;
    }
    var bytes = new TextEncoder().encode(key);
    var hex = "_";
    bytes.forEach(function (b) { hex += (b < 16 ? "0" : "") + b.toString(16); });
    return hex;
  }

  function loadManifest() {
    if (manifest) {
      return Promise.resolve(manifest);
    }
    return fetch(indexUrl).then(function (r) {
      if (!r.ok) { throw new Error("search index " + r.status); }
      return r.json();
    }).then(function (m) {
      manifest = { shards: new Set(m.shards), split: new Set(m.split), first: m.first_key_length || 2 };
      return manifest;
    });
  }

  function shardKey(term) {
    var key = term.slice(0, manifest.first);
    while (manifest.split.has(key) && term.length > key.length) {
      key = term.slice(0, key.length + 1);
    }
    return manifest.shards.has(key) ? key : null;
  }

  function loadShard(key) {
    if (!shards[key]) {
      shards[key] = fetch(base + "search/shards/" + fileName(key) + ".json").then(function (r) {
        if (!r.ok) { throw new Error("search shard " + r.status); }
        return r.json();
      });
    }
    return shards[key];
  }

  // Documents of one term: exact entries count fully, words it is a prefix of count half.
  function matches(shard, term) {
    var found = new Map();
    shard.forEach(function (entry) {
      var word = entry[0];
      if (word.indexOf(term) !== 0) {
        return;
      }
      var factor = word === term ? 1 : 0.5;
      entry[1].forEach(function (doc) {
        var id = doc.length === 4 ? "s/" + doc[2] : doc[3] + "/" + doc[4];
        var score = doc[0] * factor;
        var known = found.get(id);
        if (!known || known.score < score) {
          found.set(id, { doc: doc, score: score });
        }
      });
    });
    return found;
  }

  function combine(perTerm) {
    var all = new Map();
    perTerm.forEach(function (found) {
      found.forEach(function (hit, id) {
        var known = all.get(id);
        if (known) {
          known.score += hit.score;
          known.terms += 1;
        } else {
          all.set(id, { doc: hit.doc, score: hit.score, terms: 1 });
        }
      });
    });
    var hits = Array.from(all.values());
    var full = hits.filter(function (h) { return h.terms === perTerm.length; });
    var chosen = full.length > 0 ? full : hits;
    chosen.sort(function (a, b) { return b.terms - a.terms || b.score - a.score || name(a.doc).length - name(b.doc).length || (name(a.doc) < name(b.doc) ? -1 : 1); });
    return chosen;
  }

  function name(doc) { return doc[1]; }

  function describe(doc) {
    if (doc.length === 4) {
      return { kind: "Server", name: doc[1], server: null, url: base + "servers/" + doc[2] + "/", category: null, risk: RISKS[doc[3]] || null };
    }
    return { kind: "Tool", name: doc[1], server: doc[2], url: base + "servers/" + doc[3] + "/tools/" + doc[4] + "/", category: CATEGORIES[doc[5]] || null, risk: RISKS[doc[6]] || null };
  }

  function badge(attribute, value) {
    var span = document.createElement("span");
    span.className = "badge";
    span.setAttribute(attribute, value);
    span.textContent = value;
    return span;
  }

  function render(hits, risk, category) {
    list.textContent = "";
    var shown = 0;
    hits.forEach(function (hit) {
      var d = describe(hit.doc);
      if ((risk && (d.risk || "").toLowerCase() !== risk) || (category && (d.category || "").toLowerCase() !== category) || shown >= 50) {
        return;
      }
      shown += 1;
      var li = document.createElement("li");
      li.className = "search-result";
      var link = document.createElement("a");
      link.href = d.url;
      link.textContent = d.name;
      li.appendChild(link);
      var kind = document.createElement("span");
      kind.className = "muted";
      kind.textContent = d.server ? " tool in " + d.server + " " : " server ";
      li.appendChild(kind);
      if (d.category) { li.appendChild(badge("data-category", d.category)); li.appendChild(document.createTextNode(" ")); }
      if (d.risk) { li.appendChild(badge("data-risk", d.risk)); }
      list.appendChild(li);
    });
    return shown;
  }

  function run() {
    var query = input.value;
    var risk = riskSelect.value;
    var category = categorySelect.value;
    var words = terms(query).filter(function (w) {
      // A risk or category typed as a word becomes a filter: every tool has one, so it finds nothing by itself.
      var r = RISKS.map(function (x) { return x.toLowerCase(); }).indexOf(w);
      var c = CATEGORIES.map(function (x) { return x.toLowerCase(); }).indexOf(w);
      if (r >= 0 && !risk) { risk = w; return false; }
      if (c >= 0 && !category) { category = w; return false; }
      return true;
    }).slice(0, maxTerms);
    var mine = ++generation;
    if (words.length === 0) {
      list.textContent = "";
      status.textContent = query.trim() === "" ? "" : "Type at least two letters of a name or a word.";
      return;
    }
    status.textContent = "Searching…";
    loadManifest().then(function () {
      return Promise.all(words.map(function (w) {
        var key = shardKey(w);
        return key ? loadShard(key).then(function (s) { return matches(s, w); }) : Promise.resolve(new Map());
      }));
    }).then(function (perTerm) {
      if (mine !== generation) { return; }
      var shown = render(combine(perTerm), risk, category);
      status.textContent = shown === 0 ? "No tool or server matches." : shown + (shown === 1 ? " result" : " results") + " for " + words.join(" ") + ".";
    }).catch(function (error) {
      if (mine === generation) { status.textContent = "The search index could not be loaded (" + error.message + ")."; }
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  riskSelect.value = params.get("risk") || "";
  categorySelect.value = params.get("category") || "";
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  riskSelect.addEventListener("change", run);
  categorySelect.addEventListener("change", run);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url);
    run();
  });
  if (input.value) {
    run();
  }
})();

/*
 * newskg article view: renders the page's JSON data (script#newskg-data) into the document.
 * Every text of the graph goes in with textContent or as a text node, never as markup; links are made only
 * from Wikidata QIDs (Q + digits), http(s) article URLs and this server's own /view/ paths.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('newskg-data').textContent);
  var app = document.getElementById('app');
  var KINDS = { DirectQuote: 'direct quote', ReportedSpeech: 'reported speech' };

  function el(tag, attrs) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    });
    function add(c) {
      if (c === null || c === undefined || c === false) return;
      if (Array.isArray(c)) c.forEach(add);
      else e.append(c);
    }
    for (var i = 2; i < arguments.length; i++) add(arguments[i]);
    return e;
  }
  function wikidata(qid) {
    if (!qid || !/^Q[0-9]+$/.test(qid)) return null;
    return el('a', { href: 'https://www.wikidata.org/wiki/' + qid, rel: 'noopener noreferrer', target: '_blank', class: 'wd', text: 'Wikidata ' + qid });
  }
  function viewLink(path, text) {
    if (data.standalone) return document.createTextNode(text);
    return el('a', { href: '/view/' + path.map(encodeURIComponent).join('/'), text: text });
  }
  function httpUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }
  /* light colours that tell speakers apart (ColorBrewer Set3 without its grey, which marks "no speaker"), then hues a golden angle apart */
  var PALETTE = ['#8dd3c7', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#bebada', '#fccde5', '#ffed6f', '#bc80bd', '#ccebc5', '#ffffb3', '#f4a6a6'];
  function colour(i) { return i < PALETTE.length ? PALETTE[i] : 'hsl(' + Math.round((i * 137.508) % 360) + ', 70%, ' + (72 + (i % 3) * 6) + '%)'; }
  function short(t, n) { t = (t || '').replace(/\s+/g, ' '); return t.length > n ? t.slice(0, n - 1) + '…' : t; }
  function where(text) { document.getElementById('where').textContent = text; }
  if (data.standalone) {
    var home = document.getElementById('home');
    home.removeAttribute('href');
  }

  /* ---------- the index ---------- */
  function index() {
    where('articles in the store');
    app.append(el('h1', { text: 'Articles' }));
    if (!data.articles.length) { app.append(el('p', { text: 'The store holds no article. Load some: ./newskg load FILE…' })); return; }
    var rows = data.articles.map(function (a) {
      return el('tr', { class: 'article' },
        el('td', {}, viewLink([a.id], a.id)), el('td', { text: a.headline || '' }), el('td', { text: a.lang || '' }),
        el('td', { class: 'n statements', text: String(a.statements) }), el('td', { class: 'n persons', text: String(a.persons) }),
        el('td', { class: 'n events', text: String(a.events) }));
    });
    app.append(el('table', { class: 'articles' },
      el('thead', {}, el('tr', {}, el('th', { text: 'article' }), el('th', { text: 'headline' }), el('th', { text: 'language' }),
        el('th', { class: 'n', text: 'statements' }), el('th', { class: 'n', text: 'persons' }), el('th', { class: 'n', text: 'events' }))),
      el('tbody', {}, rows)));
  }

  /* ---------- one article ---------- */
  function article() {
    var a = data.article, text = a.text || '';
    where('article ' + a.id);
    var speakers = [], speakerIndex = {};
    data.statements.forEach(function (s) {
      if (s.speaker && !(s.speaker in speakerIndex)) { speakerIndex[s.speaker] = speakers.length; speakers.push(s); }
    });
    var persons = {};
    data.persons.forEach(function (p) { persons[p.iri] = p; });
    var events = {};
    data.events.forEach(function (e) { events[e.iri] = e; });
    function bg(s) { return s.speaker ? colour(speakerIndex[s.speaker]) : '#e3e5e8'; }

    app.append(el('h1', { text: a.headline || a.id }),
      el('div', { class: 'meta' }, el('span', { text: a.id }), a.lang ? el('span', { text: a.lang }) : null,
        a.date ? el('span', { text: a.date }) : null,
        httpUrl(a.url) ? el('span', {}, el('a', { href: httpUrl(a.url), rel: 'noopener noreferrer', target: '_blank', text: 'source' })) : null,
        el('span', { id: 'counts', text: data.statements.length + ' statements, ' + data.persons.length + ' persons, ' + data.events.length + ' events' })));

    var legend = el('div', { class: 'legend', id: 'legend' }, speakers.map(function (s) {
      return el('span', { class: 'who' }, el('span', { class: 'swatch', style: 'background:' + bg(s) }), s.speakerLabel || s.speaker);
    }), el('span', {}, el('span', { class: 'swatch', style: 'background:#e3e5e8' }), 'no speaker'),
      el('span', {}, el('span', { class: 'mention', text: 'speaker mention' })), el('span', {}, el('span', { class: 'cue', text: 'cue' })));

    /* the text, cut at every boundary of a statement, a speaker mention or a cue */
    var cuts = [0, text.length], marks = [];
    data.statements.forEach(function (s, i) {
      marks.push({ b: s.begin, e: s.end, type: 'stmt', i: i });
      if (s.mention) marks.push({ b: s.mention.begin, e: s.mention.end, type: 'mention', i: i });
      if (s.cue) marks.push({ b: s.cue.begin, e: s.cue.end, type: 'cue', i: i });
    });
    marks.forEach(function (m) { cuts.push(Math.max(0, Math.min(text.length, m.b)), Math.max(0, Math.min(text.length, m.e))); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; }).sort(function (x, y) { return x - y; });
    var textBox = el('div', { class: 'text', id: 'text', lang: a.lang || null });
    for (var k = 0; k + 1 < cuts.length; k++) {
      var b = cuts[k], e = cuts[k + 1], stmt = null, extra = [], owner = null;
      marks.forEach(function (m) {
        if (m.b <= b && e <= m.e && m.b < m.e) {
          if (m.type === 'stmt') { if (stmt === null || data.statements[m.i].begin >= data.statements[stmt].begin) stmt = m.i; }
          else { if (extra.indexOf(m.type) < 0) extra.push(m.type); if (owner === null) owner = m.i; }
        }
      });
      var words = text.slice(b, e);
      if (stmt !== null) {
        var s = data.statements[stmt];
        textBox.append(el('mark', { class: ['stmt'].concat(extra).join(' '), 'data-s': String(stmt), 'data-iri': s.iri, 'data-speaker': s.speaker || '',
          style: 'background:' + bg(s), title: (s.speakerLabel || 'no speaker') + ' · ' + (KINDS[s.kind] || s.kind || '') }, words));
      } else if (extra.length) {
        textBox.append(el('span', { class: extra.join(' '), 'data-s': String(owner), title: extra[0] === 'cue' ? 'cue' : 'speaker mention' }, words));
      } else textBox.append(words);
    }

    var details = el('div', { class: 'details', id: 'details' }, el('div', { class: 'label', text: 'Point at or click a highlighted statement to see who said it, how, and by which rule.' }));
    var pinned = null;
    function show(i) {
      var s = data.statements[i];
      var ev = s.about ? events[s.about] : null;
      var rows = [
        ['speaker', s.speaker ? el('span', {}, el('span', { class: 'swatch', style: 'background:' + bg(s) }),
          el('span', { class: 'speaker', text: s.speakerLabel || s.speaker }), ' ', wikidata(s.speakerQid)) : el('span', { class: 'speaker', text: 'no speaker' })],
        ['speaker mention', s.mention ? el('span', { class: 'mention-text', text: s.mention.text || text.slice(s.mention.begin, s.mention.end) }) : '—'],
        ['cue', s.cue ? el('span', { class: 'cue-text', text: s.cue.text || text.slice(s.cue.begin, s.cue.end) }) : '—'],
        ['kind', el('span', { class: 'kind', text: KINDS[s.kind] || s.kind || '—' })],
        ['channel', el('span', { class: 'channel', text: s.channel || '—' })],
        ['rule', el('code', { class: 'rule', text: s.rule || '—' })],
        ['about', el('span', { class: 'about', text: ev ? (ev.label || ev.iri) : '—' })]
      ];
      details.replaceChildren(el('div', { class: 'label', text: 'statement ' + (i + 1) + ' of ' + data.statements.length }),
        el('blockquote', { class: 'said', text: short(s.text || text.slice(s.begin, s.end), 300) }),
        el('dl', {}, rows.map(function (r) { return [el('dt', { text: r[0] }), el('dd', {}, r[1])]; })));
    }
    function select(i) {
      pinned = i;
      textBox.querySelectorAll('mark.stmt.selected').forEach(function (m) { m.classList.remove('selected'); });
      textBox.querySelectorAll('mark.stmt[data-s="' + i + '"]').forEach(function (m) { m.classList.add('selected'); });
      show(i);
    }
    textBox.addEventListener('click', function (ev) {
      var t = ev.target.closest('[data-s]');
      if (t) select(Number(t.getAttribute('data-s')));
    });
    textBox.addEventListener('mouseover', function (ev) {
      var t = ev.target.closest('[data-s]');
      if (t) show(Number(t.getAttribute('data-s')));
    });
    textBox.addEventListener('mouseleave', function () { if (pinned !== null) show(pinned); });

    var side = el('aside', {}, details, el('h2', { text: 'Persons (' + data.persons.length + ')' }), data.persons.map(function (p) {
      var c = p.iri in speakerIndex ? el('span', { class: 'swatch', style: 'background:' + colour(speakerIndex[p.iri]) }) : null;
      var facts = [];
      p.offices.forEach(function (o) { facts.push(el('li', { text: o.title + (o.of ? ' (' + o.of + ')' : '') })); });
      if (p.countries.length) facts.push(el('li', { text: 'country: ' + p.countries.join(', ') }));
      if (p.organisations.length) facts.push(el('li', { text: 'member of: ' + p.organisations.join(', ') }));
      if (p.names.length) facts.push(el('li', { class: 'small', text: 'also: ' + p.names.join(', ') }));
      return el('div', { class: 'card person', 'data-iri': p.iri }, c, el('span', { class: 'name' }, p.key ? viewLink(['person', p.key], p.label) : p.label),
        ' ', wikidata(p.qid), facts.length ? el('ul', {}, facts) : null);
    }), el('h2', { text: 'Events (' + data.events.length + ')' }), data.events.map(function (e) {
      var facts = [];
      if (e.type) facts.push(el('li', { text: 'type: ' + e.type }));
      if (e.places.length) facts.push(el('li', {}, 'place: ', e.places.map(function (pl, i) {
        return [i ? ', ' : null, pl.label, pl.qid ? ' ' : null, wikidata(pl.qid)];
      })));
      if (e.start) facts.push(el('li', { text: 'time: ' + e.start }));
      if (e.duration) facts.push(el('li', { text: 'duration: ' + e.duration }));
      if (e.format) facts.push(el('li', { text: 'format: ' + e.format }));
      var sides = {}, order = [];
      e.participants.forEach(function (p) {
        var k = p.side || 'side not stated';
        if (!(k in sides)) { sides[k] = []; order.push(k); }
        sides[k].push(p);
      });
      return el('div', { class: 'card event', 'data-iri': e.iri }, el('span', { class: 'name', text: e.label || e.iri }),
        facts.length ? el('ul', {}, facts) : null, order.map(function (k) {
          return el('div', { class: 'side' }, el('span', { class: 'who', text: k + ': ' }), sides[k].map(function (p, i) {
            return [i ? ', ' : null, p.label + (p.head ? ' (head)' : '')];
          }));
        }));
    }));

    app.append(legend, el('div', { class: 'layout' }, textBox, side));
    app.append(el('h2', { text: 'The graph' }), el('div', { class: 'graph-help', text: 'Persons (circles), statements (squares, in their speaker\'s colour) and events (diamonds). Drag to move, scroll to zoom, click a statement to find it in the text.' }));
    var nodes = [], edges = [];
    data.persons.forEach(function (p) {
      nodes.push({ data: { id: p.iri, label: p.label, kind: 'person', colour: p.iri in speakerIndex ? colour(speakerIndex[p.iri]) : '#7a8691' } });
    });
    data.events.forEach(function (e) {
      nodes.push({ data: { id: e.iri, label: e.label || 'event', kind: 'event', colour: '#d98c1f' } });
      e.participants.forEach(function (p, i) { if (p.person in persons) edges.push({ data: { id: e.iri + ' a' + i, source: p.person, target: e.iri, label: 'takes part' } }); });
    });
    data.statements.forEach(function (s, i) {
      nodes.push({ data: { id: s.iri, label: short(s.text, 28), kind: 'statement', index: i, colour: bg(s) } });
      if (s.speaker && s.speaker in persons) edges.push({ data: { id: s.iri + ' said', source: s.speaker, target: s.iri, label: 'said' } });
      if (s.about && s.about in events) edges.push({ data: { id: s.iri + ' about', source: s.iri, target: s.about, label: 'about' } });
    });
    drawGraph(nodes, edges, function (n) {
      if (n.data('kind') === 'statement') {
        select(n.data('index'));
        var m = textBox.querySelector('mark.stmt[data-s="' + n.data('index') + '"]');
        if (m) m.scrollIntoView({ block: 'center' });
      }
    });
  }

  /* ---------- one person across articles ---------- */
  function person() {
    where('person');
    app.append(el('h1', { text: data.label }), el('div', { class: 'meta' }, el('span', { text: data.articles.length + ' article(s)' }),
      data.qid ? el('span', {}, wikidata(data.qid)) : null));
    var nodes = [{ data: { id: data.iri, label: data.label, kind: 'person', colour: colour(0) } }], edges = [];
    data.articles.forEach(function (a) {
      var aid = 'article ' + a.id;
      nodes.push({ data: { id: aid, label: a.headline ? short(a.headline, 30) : a.id, kind: 'article', colour: '#0b5cad', article: a.id } });
      app.append(el('h2', {}, viewLink([a.id], a.headline || a.id)));
      if (a.statements.length) app.append(el('ul', { class: 'said' }, a.statements.map(function (s) {
        return el('li', {}, el('span', { class: 'small', text: (KINDS[s.kind] || s.kind || '') + ': ' }), s.text || '');
      })));
      if (a.events.length) app.append(el('p', { class: 'small', text: 'takes part in: ' + a.events.map(function (e) { return e.label || e.iri; }).join('; ') }));
      a.statements.forEach(function (s) {
        nodes.push({ data: { id: s.iri, label: short(s.text, 28), kind: 'statement', colour: colour(0) } });
        edges.push({ data: { id: s.iri + ' said', source: data.iri, target: s.iri, label: 'said' } });
        edges.push({ data: { id: s.iri + ' in', source: s.iri, target: aid, label: 'in' } });
      });
      a.events.forEach(function (e) {
        nodes.push({ data: { id: e.iri, label: e.label || 'event', kind: 'event', colour: '#d98c1f' } });
        edges.push({ data: { id: e.iri + ' part', source: data.iri, target: e.iri, label: 'takes part' } });
        edges.push({ data: { id: e.iri + ' in', source: e.iri, target: aid, label: 'in' } });
      });
    });
    app.append(el('h2', { text: 'The graph' }));
    drawGraph(nodes, edges, function (n) {
      if (n.data('kind') === 'article' && !data.standalone) window.location.href = '/view/' + encodeURIComponent(n.data('article'));
    });
  }

  function drawGraph(nodes, edges, onTap) {
    var box = el('div', { id: 'graph' });
    app.append(box);
    if (typeof window.cytoscape !== 'function') { box.textContent = 'The drawing library did not load.'; return; }
    var cy = window.cytoscape({
      container: box,
      elements: { nodes: nodes, edges: edges },
      minZoom: 0.2,
      maxZoom: 1.6,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'background-color': 'data(colour)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140, 'color': '#1d232a', 'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'node[kind = "person"]', style: { 'shape': 'ellipse', 'width': 30, 'height': 30, 'font-weight': 'bold', 'font-size': 11 } },
        { selector: 'node[kind = "statement"]', style: { 'shape': 'round-rectangle', 'width': 16, 'height': 16, 'border-width': 1, 'border-color': '#8a949e', 'font-size': 8, 'color': '#5b6670' } },
        { selector: 'node[kind = "event"]', style: { 'shape': 'diamond', 'width': 34, 'height': 34, 'font-weight': 'bold' } },
        { selector: 'node[kind = "article"]', style: { 'shape': 'rectangle', 'width': 26, 'height': 20 } },
        { selector: 'edge', style: { 'width': 1.2, 'line-color': '#b8c0c8', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b8c0c8', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 7, 'color': '#8a949e', 'text-rotation': 'autorotate' } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#1d232a' } }
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 70; } }
    });
    cy.on('tap', 'node', function (ev) { onTap(ev.target); });
    window.newskgGraph = cy;
  }

  if (data.kind === 'index') index();
  else if (data.kind === 'article') article();
  else if (data.kind === 'person') person();
  else { where('not found'); app.append(el('h1', { text: 'Not found' }), el('p', { text: data.what || '' })); }
  document.body.setAttribute('data-ready', 'true');
})();

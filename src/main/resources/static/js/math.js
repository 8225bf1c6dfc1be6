// Formulas in question texts: every element with the class "math-text" may hold LaTeX between \( and \) or $ and $
// (in the line), or between \[ and \] or $$ and $$ (on a line of its own). MathJax's TeX input — and nothing else of
// MathJax — turns each formula into MathML, which the browser draws itself; MathJax's own output would inject <style>
// elements, which the Content-Security-Policy forbids. MathJax is fetched only when a page has a formula.
//
// No user text ever goes through innerHTML: a text node is split, formulas become MathML parsed as XML from MathJax's
// serialisation (which escapes the TeX), and everything else stays text nodes. A formula MathJax cannot read stays as
// written, marked with the class "math-error" and titled with the reason.
//
// A dollar sign opens a formula only when it is followed by a non-space and not preceded by a digit, and closes one
// only when it follows a non-space and is not followed by a digit, so that "5$", "$5 và $10" or "5$/kg và 7$/kg" stay
// money. \$ is never a delimiter. Other scripts render new content with window.ecenterMath.render(element).
// Printed documents cut text by the same rules on the server (platform.documents.math.MathText): change both together.
(function () {
  'use strict';

  var script = document.currentScript;
  var MATHML = 'http://www.w3.org/1998/Math/MathML';

  // TeX packages that produce plain MathML. Left out: html and bbox (style, class, href attributes), require and
  // autoload (fetch more code), newcommand (user macros), noundefined and noerrors (they hide mistakes), unicode,
  // enclose and cancel (menclose, which browsers do not draw).
  var PACKAGES = ['base', 'ams', 'boldsymbol', 'braket', 'color', 'gensymb', 'mathtools', 'mhchem', 'upgreek'];

  // MathML tags that the packages above produce; anything else makes the formula fail.
  var TAGS = ['math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot', 'mstyle',
    'merror', 'mpadded', 'mphantom', 'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts',
    'mprescripts', 'none', 'mtable', 'mtr', 'mlabeledtr', 'mtd', 'maligngroup', 'malignmark', 'semantics',
    'annotation', 'menclose', 'mfenced', 'maction'];
  var TOKENS = ['mi', 'mn', 'mo', 'ms', 'mtext', 'annotation'];
  var DROPPED_ATTRIBUTES = /^(on|style$|href$|src$|id$|xlink:|xmlns:)/i;

  // Browsers draw only mathvariant="normal" (MathML Core): letters and digits of the other variants become the
  // matching Unicode mathematical letters (ℝ, 𝐯, 𝒜 …). [capital A, small a, digit 0] and the letters that Unicode
  // placed elsewhere.
  var VARIANTS = {
    'bold': [0x1D400, 0x1D41A, 0x1D7CE],
    'italic': [0x1D434, 0x1D44E, 0, {h: 0x210E}],
    'bold-italic': [0x1D468, 0x1D482, 0],
    'script': [0x1D49C, 0x1D4B6, 0, {B: 0x212C, E: 0x2130, F: 0x2131, H: 0x210B, I: 0x2110, L: 0x2112, M: 0x2133,
      R: 0x211B, e: 0x212F, g: 0x210A, o: 0x2134}],
    'bold-script': [0x1D4D0, 0x1D4EA, 0],
    'fraktur': [0x1D504, 0x1D51E, 0, {C: 0x212D, H: 0x210C, I: 0x2111, R: 0x211C, Z: 0x2128}],
    'double-struck': [0x1D538, 0x1D552, 0x1D7D8, {C: 0x2102, H: 0x210D, N: 0x2115, P: 0x2119, Q: 0x211A, R: 0x211D,
      Z: 0x2124}],
    'bold-fraktur': [0x1D56C, 0x1D586, 0],
    'sans-serif': [0x1D5A0, 0x1D5BA, 0x1D7E2],
    'bold-sans-serif': [0x1D5D4, 0x1D5EE, 0x1D7EC],
    'sans-serif-italic': [0x1D608, 0x1D622, 0],
    'sans-serif-bold-italic': [0x1D63C, 0x1D656, 0],
    'monospace': [0x1D670, 0x1D68A, 0x1D7F6]
  };

  var loading = null;

  /** MathJax with the TeX input only, loaded once; resolves to the MathJax object. */
  function mathJax() {
    if (loading) {
      return loading;
    }
    loading = new Promise(function (resolve, reject) {
      var startup = script.getAttribute('data-mathjax');
      window.MathJax = {
        loader: {
          load: ['input/tex-full'],
          // Content-hashed addresses, so that a browser never mixes files of two MathJax versions.
          source: {'core': script.getAttribute('data-mathjax-core'),
            'input/tex-full': script.getAttribute('data-mathjax-tex')},
          paths: {mathjax: startup.replace(/\/[^/]*$/, '')},
          failed: reject
        },
        tex: {
          packages: PACKAGES,
          formatError: function (jax, error) {
            throw error;
          }
        },
        options: {enableMenu: false},
        startup: {
          typeset: false,
          ready: function () {
            window.MathJax.startup.defaultReady();
            window.MathJax.startup.promise.then(function () {
              resolve(window.MathJax);
            }, reject);
          }
        }
      };
      var tag = document.createElement('script');
      tag.src = startup;
      tag.async = true;
      tag.onerror = function () {
        reject(new Error('MathJax could not be loaded'));
      };
      document.head.appendChild(tag);
    });
    return loading;
  }

  function isSpace(c) {
    return c === undefined || /\s/.test(c);
  }

  function isDigit(c) {
    return c !== undefined && c >= '0' && c <= '9';
  }

  /** Where the inline formula opened by the dollar at index open ends, or -1. */
  function closingDollar(text, open) {
    for (var j = open + 1; j < text.length; j++) {
      var c = text.charAt(j);
      if (c === '\\') {
        j++;
      } else if (c === '\n') {
        return -1;
      } else if (c === '$' && !isSpace(text.charAt(j - 1)) && !isDigit(text.charAt(j + 1))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The text cut into pieces: {text} as written, or {tex, display, source} for a formula (source being the formula
   * with its delimiters, shown when it cannot be read).
   */
  function split(text) {
    var pieces = [];
    var plain = '';
    var i = 0;
    function formula(start, tex, end, display) {
      if (plain) {
        pieces.push({text: plain});
        plain = '';
      }
      pieces.push({tex: tex, display: display, source: text.slice(start, end)});
      i = end;
    }
    while (i < text.length) {
      var c = text.charAt(i);
      var next = text.charAt(i + 1);
      var end;
      if (c === '\\' && (next === '(' || next === '[')) {
        end = text.indexOf(next === '(' ? '\\)' : '\\]', i + 2);
        if (end > i + 2) {
          formula(i, text.slice(i + 2, end), end + 2, next === '[');
          continue;
        }
      } else if (c === '\\') {
        plain += c + next;
        i += 2;
        continue;
      } else if (c === '$' && next === '$') {
        end = text.indexOf('$$', i + 2);
        if (end > i + 2) {
          formula(i, text.slice(i + 2, end), end + 2, true);
          continue;
        }
        plain += '$$';
        i += 2;
        continue;
      } else if (c === '$' && !isSpace(next) && !isDigit(text.charAt(i - 1))) {
        end = closingDollar(text, i);
        if (end > 0) {
          formula(i, text.slice(i + 1, end), end + 1, false);
          continue;
        }
      }
      plain += c;
      i++;
    }
    if (plain) {
      pieces.push({text: plain});
    }
    return pieces;
  }

  function mayHoldMath(text) {
    return text.indexOf('$') >= 0 || /\\[([]/.test(text);
  }

  function mapVariant(token, variant) {
    var table = VARIANTS[variant];
    var mapped = '';
    Array.from(token.textContent).forEach(function (c) {
      var hole = table[3] && table[3][c];
      if (hole) {
        mapped += String.fromCodePoint(hole);
      } else if (c >= 'A' && c <= 'Z') {
        mapped += String.fromCodePoint(table[0] + c.charCodeAt(0) - 65);
      } else if (c >= 'a' && c <= 'z') {
        mapped += String.fromCodePoint(table[1] + c.charCodeAt(0) - 97);
      } else if (c >= '0' && c <= '9' && table[2]) {
        mapped += String.fromCodePoint(table[2] + c.charCodeAt(0) - 48);
      } else {
        mapped += c;
      }
    });
    token.textContent = mapped;
    token.removeAttribute('mathvariant');
  }

  /** Checks MathJax's MathML and adapts what browsers do not draw; throws if it holds anything unexpected. */
  function adapt(element) {
    if (element.namespaceURI !== MATHML || TAGS.indexOf(element.localName) < 0) {
      throw new Error('unexpected element ' + element.localName);
    }
    Array.from(element.attributes).forEach(function (attribute) {
      if (DROPPED_ATTRIBUTES.test(attribute.name)) {
        element.removeAttribute(attribute.name);
      }
    });
    var variant = element.getAttribute('mathvariant');
    if (variant && VARIANTS[variant] && (element.localName === 'mi' || element.localName === 'mn')) {
      mapVariant(element, variant);
    } else if (variant === 'bold' || variant === 'italic' || variant === 'bold-italic') {
      element.classList.add('math-' + variant);
    }
    // Column alignment (systems of equations, \begin{cases}) through CSS classes, as MathML Core suggests.
    if (element.localName === 'mtable' && element.hasAttribute('columnalign')) {
      var aligns = element.getAttribute('columnalign').split(/\s+/);
      Array.from(element.children).forEach(function (row) {
        Array.from(row.children).forEach(function (cell, index) {
          var align = cell.getAttribute('columnalign') || aligns[Math.min(index, aligns.length - 1)];
          if (align === 'left' || align === 'right') {
            cell.classList.add('math-align-' + align);
          }
        });
      });
    }
    if (TOKENS.indexOf(element.localName) < 0) {
      // The serialisation's indentation; the text of a formula lives in its token elements only.
      Array.from(element.childNodes).forEach(function (node) {
        if (node.nodeType === Node.TEXT_NODE && !node.nodeValue.trim()) {
          element.removeChild(node);
        }
      });
    }
    Array.from(element.children).forEach(adapt);
  }

  /** The formula as a MathML element of this document. */
  function toMathML(mathJax, piece) {
    var serialised = mathJax.tex2mml(piece.tex, {display: piece.display});
    var xml = new DOMParser().parseFromString(serialised, 'application/xml');
    if (xml.getElementsByTagName('parsererror').length > 0) {
      throw new Error('unreadable MathML');
    }
    var math = document.importNode(xml.documentElement, true);
    adapt(math);
    if (math.localName !== 'math') {
      throw new Error('unexpected element ' + math.localName);
    }
    math.setAttribute('display', piece.display ? 'block' : 'inline');
    math.setAttribute('alttext', piece.tex);
    return math;
  }

  function unreadable(piece, error) {
    var span = document.createElement('span');
    span.className = 'math-error';
    span.textContent = piece.source;
    var reason = (error && error.message) || String(error);
    span.title = (script.getAttribute('data-msg-unreadable') || '') + ' ' + reason;
    return span;
  }

  function renderTextNode(mathJax, node) {
    var pieces = split(node.nodeValue);
    if (pieces.length === 1 && pieces[0].text !== undefined) {
      return;
    }
    var fragment = document.createDocumentFragment();
    pieces.forEach(function (piece) {
      if (piece.text !== undefined) {
        fragment.appendChild(document.createTextNode(piece.text));
        return;
      }
      try {
        fragment.appendChild(toMathML(mathJax, piece));
      } catch (error) {
        fragment.appendChild(unreadable(piece, error));
      }
    });
    node.parentNode.replaceChild(fragment, node);
  }

  function textNodes(element) {
    var nodes = [];
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        if (parent.closest('math, .math-error, textarea, script, style, option') || !mayHoldMath(node.nodeValue)) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    return nodes;
  }

  function candidates(root) {
    var elements = [];
    if (root.classList && root.classList.contains('math-text')) {
      elements.push(root);
    }
    root.querySelectorAll('.math-text').forEach(function (element) {
      elements.push(element);
    });
    return elements.filter(function (element) {
      return mayHoldMath(element.textContent);
    });
  }

  /** Draws the formulas in the .math-text elements in or at root; resolves when done (never rejects). */
  function render(root) {
    var elements = candidates(root || document.body);
    if (elements.length === 0) {
      return Promise.resolve();
    }
    return mathJax().then(function (mathJax) {
      elements.forEach(function (element) {
        textNodes(element).forEach(function (node) {
          renderTextNode(mathJax, node);
        });
        element.setAttribute('data-math', 'done');
      });
    }, function (error) {
      elements.forEach(function (element) {
        element.setAttribute('data-math', 'failed');
      });
      if (window.console) {
        window.console.warn('Formulas are shown as written: ' + ((error && error.message) || error));
      }
    });
  }

  /** A preview box (data-math-preview = the id of a text field) follows what is typed, formulas drawn. */
  function preview(box) {
    var source = document.getElementById(box.getAttribute('data-math-preview'));
    if (!source) {
      return;
    }
    var timer = null;
    function update() {
      box.textContent = source.value;
      render(box);
    }
    source.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 300);
    });
    box.hidden = false;
    var label = document.querySelector('[id="' + box.getAttribute('aria-labelledby') + '"]');
    if (label) {
      label.hidden = false;
    }
    update();
  }

  window.ecenterMath = {render: render, split: split};

  function start() {
    document.querySelectorAll('[data-math-preview]').forEach(preview);
    render(document.body);
    document.body.addEventListener('htmx:afterSettle', function (event) {
      render(event.target);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

/*
 * LawReport filing editor: progressive enhancement of the filing forms, which all work without it.
 * It adds: autosave (debounced) with a visible "已保存 14:32"; keeping unsaved text in this browser
 * (localStorage) and offering it back, e.g. after the session expired or the network dropped; live
 * character counts; moving, adding and removing items in the page; a warning when leaving with unsaved
 * changes. Saves post the form itself to its autosave handler and read a JSON answer (status: saved,
 * conflict, locked, invalid, signed-out…). A conflict is never resolved here: the form is then posted
 * normally and the server shows both versions.
 */
(function () {
  "use strict";

  var SAVE_DELAY = 1500;       // ms of quiet typing before a save
  var MAX_DELAY = 10000;       // ms of continuous typing before a save anyway
  var RETRY_DELAYS = [5000, 10000, 30000, 60000];
  var KEEP_DAYS = 7;           // unsaved text older than this is dropped, not offered
  var OWN_FIELDS = /^(__RequestVerificationToken|.*\.Version|.*\.Base|.*\.Command)$/;

  var leaving = false;         // set when the page is left on purpose (a form posted, a sign-in link)
  var editors = [];

  function visibleLength(text) { return (text || "").replace(/\s/g, "").length; }

  function chineseNumeral(n) {
    var digits = "〇一二三四五六七八九";
    if (n < 10) { return digits[n]; }
    if (n < 20) { return "十" + (n % 10 ? digits[n % 10] : ""); }
    if (n < 100) { return digits[Math.floor(n / 10)] + "十" + (n % 10 ? digits[n % 10] : ""); }
    return String(n);
  }

  function clock(date) {
    return ("0" + date.getHours()).slice(-2) + ":" + ("0" + date.getMinutes()).slice(-2);
  }

  var announcer = document.createElement("p");
  announcer.className = "visually-hidden";
  announcer.setAttribute("aria-live", "polite");
  document.body.appendChild(announcer);
  function announce(text) { announcer.textContent = ""; window.setTimeout(function () { announcer.textContent = text; }, 50); }

  /* ----- one editor per form with a draft key -------------------------------------------------- */

  function Editor(form) {
    this.form = form;
    this.key = form.getAttribute("data-draft-key");
    this.url = form.getAttribute("data-autosave") || null;   // empty while a conflict is being resolved
    this.status = form.querySelector("[data-save-status]");
    this.dirty = false;
    this.saving = false;
    this.halted = null;        // "conflict", "locked", "forbidden": no more autosaves on this page
    this.timer = null;
    this.firstChange = 0;
    this.retries = 0;
    this.keepTimer = null;
  }

  Editor.prototype.fields = function () {
    var pairs = [];
    new FormData(this.form).forEach(function (value, name) {
      if (!OWN_FIELDS.test(name) && typeof value === "string") { pairs.push([name, value]); }
    });
    return pairs;
  };

  Editor.prototype.snapshot = function () { return JSON.stringify(this.fields()); };

  Editor.prototype.token = function (attribute) {
    var input = this.form.querySelector("[" + attribute + "]");
    return input ? input.value : "";
  };

  Editor.prototype.setStatus = function (text, kind, extra) {
    if (!this.status) { return; }
    this.status.textContent = text;
    this.status.className = "save-status" + (kind ? " " + kind : "");
    if (extra) { this.status.appendChild(document.createTextNode(" ")); this.status.appendChild(extra); }
  };

  /* Unsaved text lives in localStorage under the form's key, with the version it was based on. */
  Editor.prototype.keepLocally = function () {
    if (!this.key) { return; }
    try {
      localStorage.setItem(this.key, JSON.stringify({
        version: this.token("data-version"), base: this.token("data-base"), at: Date.now(), fields: this.fields()
      }));
    } catch (e) { /* storage full or disabled: autosave still works */ }
  };

  Editor.prototype.forget = function () { if (this.key) { localStorage.removeItem(this.key); } };

  Editor.prototype.changed = function () {
    this.dirty = true;
    var self = this;
    window.clearTimeout(this.keepTimer);
    this.keepTimer = window.setTimeout(function () { self.keepLocally(); }, 300);
    if (!this.url || this.halted) { return; }
    if (!this.firstChange) { this.firstChange = Date.now(); }
    window.clearTimeout(this.timer);
    var wait = Math.max(0, Math.min(SAVE_DELAY, this.firstChange + MAX_DELAY - Date.now()));
    this.timer = window.setTimeout(function () { self.save(); }, wait);
    this.setStatus("有未保存的修改…", "pending");
  };

  Editor.prototype.save = function () {
    if (!this.url || this.halted || !this.dirty) { return; }
    if (this.saving) { this.again = true; return; }
    var self = this;
    var sent = this.snapshot();
    this.saving = true;
    this.firstChange = 0;
    this.keepLocally();
    this.setStatus("正在保存…", "pending");
    fetch(this.url, {
      method: "POST",
      body: new FormData(this.form),
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (reply) { return { code: response.status, reply: reply }; },
        function () { return { code: response.status, reply: {} }; });
    }).then(function (answer) {
      self.saving = false;
      self.handle(answer.code, answer.reply, sent);
    }, function () {
      self.saving = false;
      self.offline("网络连接中断，内容已暂存在本机浏览器中，恢复后自动保存。");
    });
  };

  Editor.prototype.handle = function (code, reply, sent) {
    this.clearErrors();
    if (reply.status === "saved") {
      this.retries = 0;
      document.querySelectorAll("input[data-version], input[name$='.Version']").forEach(function (input) { input.value = reply.version; });
      var base = this.form.querySelector("[data-base]");
      if (base) { base.value = reply.base; }
      this.setStatus("已保存 " + (reply.savedAtText || clock(new Date())), "saved");
      if (this.snapshot() === sent) {
        this.dirty = false;
        this.forget();
      } else {
        this.keepLocally();
        this.changed();
      }
      if (this.again) { this.again = false; this.save(); }
      return;
    }

    // Refusals that come from the site rather than the handler (a role policy) carry no JSON: go by the code.
    var status = reply.status || { 401: "signed-out", 403: "forbidden", 404: "not-found" }[code];
    var message = reply.message || {
      "signed-out": "登录已超时，内容没有保存到服务器。已输入的文字保存在本机浏览器中，重新登录后可以恢复。",
      "forbidden": "您没有修改这份报告的权限。",
      "not-found": "找不到这份报告或这一部分，可能已被删除。"
    }[status] || "保存失败，内容已暂存在本机浏览器中。";
    if (status === "signed-out") {
      var link = document.createElement("a");
      link.href = "/Account/Login?ReturnUrl=" + encodeURIComponent(location.pathname + location.search);
      link.textContent = "重新登录";
      link.addEventListener("click", function () { leaving = true; });
      this.setStatus(message, "error", link);
      return;                  // retried when the window regains focus (signed in in another tab)
    }
    if (status === "conflict") {
      this.halted = "conflict";
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = "查看两个版本并处理";
      var form = this.form;
      button.addEventListener("click", function () { leaving = true; HTMLFormElement.prototype.submit.call(form); });
      this.setStatus(message, "error", button);
      return;
    }
    if (status === "invalid") {
      this.showErrors(reply.errors || {});
      this.setStatus(message, "error");
      return;
    }
    if (status === "locked" || status === "forbidden" || status === "not-found") {
      this.halted = status;
      this.setStatus(message, "error");
      return;
    }
    this.offline("服务器暂时无法保存，内容已暂存在本机浏览器中，稍后自动重试。");
  };

  Editor.prototype.offline = function (message) {
    var self = this;
    this.setStatus(message, "error");
    var delay = RETRY_DELAYS[Math.min(this.retries++, RETRY_DELAYS.length - 1)];
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(function () { self.save(); }, delay);
  };

  Editor.prototype.clearErrors = function () {
    this.form.querySelectorAll("[data-valmsg-for]").forEach(function (span) { span.textContent = ""; });
  };

  Editor.prototype.showErrors = function (errors) {
    var form = this.form;
    Object.keys(errors).forEach(function (name) {
      var span = form.querySelector("[data-valmsg-for='" + name + "']");
      if (span) { span.textContent = errors[name][0]; }
    });
  };

  /* Offers text kept in this browser back, unless it is what the page already shows. */
  Editor.prototype.offerKeptText = function () {
    if (!this.key || this.form.getAttribute("data-resolves-draft")) { return; }
    var kept;
    try { kept = JSON.parse(localStorage.getItem(this.key) || "null"); } catch (e) { kept = null; }
    if (!kept || !kept.fields) { return; }
    // Old text is not offered (nor kept) for ever: office computers are shared.
    if (Date.now() - kept.at > KEEP_DAYS * 86400000 || JSON.stringify(kept.fields) === this.snapshot()) { this.forget(); return; }

    var self = this;
    var offer = document.createElement("div");
    offer.className = "notice kept-text";
    offer.setAttribute("role", "alert");
    var text = document.createElement("p");
    text.textContent = "本机浏览器中保存有 " + clock(new Date(kept.at)) + " 输入、尚未保存到服务器的内容（例如登录超时或网络中断时输入的文字）。";
    var restore = document.createElement("button");
    restore.type = "button";
    restore.className = "primary";
    restore.textContent = "恢复这些内容";
    var discard = document.createElement("button");
    discard.type = "button";
    discard.textContent = "丢弃";
    offer.appendChild(text);
    offer.appendChild(restore);
    offer.appendChild(document.createTextNode(" "));
    offer.appendChild(discard);
    this.form.insertBefore(offer, this.form.firstChild);
    restore.addEventListener("click", function () {
      self.restore(kept);
      offer.remove();
      announce("已恢复本机保存的内容，正在保存。");
    });
    discard.addEventListener("click", function () { self.forget(); offer.remove(); announce("已丢弃本机保存的内容。"); });
  };

  Editor.prototype.restore = function (kept) {
    var list = this.form.querySelector("[data-items]");
    if (list) {
      var count = 0;
      kept.fields.forEach(function (pair) {
        var match = /^Input\.Items\[(\d+)\]/.exec(pair[0]);
        if (match) { count = Math.max(count, Number(match[1]) + 1); }
      });
      while (items(list).length < count) { addItem(this.form); }
      while (items(list).length > count) { items(list)[items(list).length - 1].remove(); }
    }
    var form = this.form;
    kept.fields.forEach(function (pair) {
      var field = form.elements.namedItem(pair[0]);
      if (field && "value" in field) { field.value = pair[1]; }
    });
    // Saved against the version the text was based on: if the part changed since, the server says so.
    var version = form.querySelector("[data-version]");
    var base = form.querySelector("[data-base]");
    if (version && kept.version) { version.value = kept.version; }
    if (base && kept.base) { base.value = kept.base; }
    renumber(form);
    this.dirty = true;
    this.save();
  };

  /* ----- items: counts, numbering, moves ------------------------------------------------------- */

  function items(list) { return Array.prototype.slice.call(list.querySelectorAll(":scope > [data-item]")); }

  function renumber(form) {
    var list = form.querySelector("[data-items]");
    if (!list) { return; }
    var headingNumber = 0;
    var total = 0;
    items(list).forEach(function (item, index) {
      item.id = "item-" + (index + 1);
      item.querySelectorAll("[name], [id], label[for]").forEach(function (element) {
        ["name", "id", "for"].forEach(function (attribute) {
          var value = element.getAttribute(attribute);
          if (value) {
            element.setAttribute(attribute, value
              .replace(/Items\[(\d+|__i__)\]/, "Items[" + index + "]")
              .replace(/Items_(\d+|__i__)__/, "Items_" + index + "__"));
          }
        });
      });
      item.querySelectorAll("[data-valmsg-for]").forEach(function (span) {
        span.setAttribute("data-valmsg-for", span.getAttribute("data-valmsg-for").replace(/Items\[(\d+|__i__)\]/, "Items[" + index + "]"));
      });
      item.querySelectorAll("button[data-command]").forEach(function (button) {
        var command = button.getAttribute("data-command");
        button.value = command + ":" + index;
        var verb = { up: "上移", down: "下移", remove: "删除" }[command];
        button.setAttribute("aria-label", command === "remove" ? "删除第" + (index + 1) + "条" : "将第" + (index + 1) + "条" + verb);
      });
      item.querySelector("[data-item-number]").textContent = index + 1;
      var heading = item.querySelector("[data-item-heading]").value.trim();
      item.querySelector("[data-item-label]").textContent = heading ? "编号（" + chineseNumeral(++headingNumber) + "）" : "不编号（没有小标题）";
      var count = visibleLength(heading) + visibleLength(item.querySelector("[data-item-body]").value);
      item.querySelector("[data-item-count]").textContent = count;
      total += count;
    });
    var sectionCount = form.querySelector("[data-section-count]");
    if (sectionCount) { sectionCount.textContent = total; }
    var navCount = document.querySelector(".filing-nav [aria-current='page'] + .nav-count");
    if (navCount) { navCount.textContent = total ? total + " 字" : "未填写"; }
  }

  function addItem(form) {
    var template = form.querySelector("template[data-item-template]");
    var list = form.querySelector("[data-items]");
    list.appendChild(template.content.firstElementChild.cloneNode(true));
    renumber(form);
    return items(list)[items(list).length - 1];
  }

  function onCommand(editor, button) {
    var form = editor.form;
    var list = form.querySelector("[data-items]");
    var command = button.getAttribute("data-command");
    if (command === "add") {
      var added = addItem(form);
      added.querySelector("[data-item-heading]").focus();
      announce("已在最后添加第" + items(list).length + "条。");
      return;
    }
    var item = button.closest("[data-item]");
    var all = items(list);
    var index = all.indexOf(item);
    if (command === "remove") {
      var hasText = Array.prototype.some.call(item.querySelectorAll("input, textarea"), function (f) { return f.value.trim(); });
      if (hasText && !window.confirm("确定删除第" + (index + 1) + "条吗？")) { return; }
      item.remove();
      renumber(form);
      var next = items(list)[Math.min(index, items(list).length - 1)];
      (next ? next.querySelector("[data-item-heading]") : form.querySelector("[data-command='add']")).focus();
      announce("已删除第" + (index + 1) + "条。");
    } else {
      var target = command === "up" ? index - 1 : index + 1;
      if (target < 0 || target >= all.length) {
        announce(command === "up" ? "这一条已在最前面。" : "这一条已在最后面。");
        return;
      }
      if (command === "up") { list.insertBefore(item, all[target]); } else { list.insertBefore(item, all[target].nextSibling); }
      renumber(form);
      item.querySelector("button[data-command='" + command + "']").focus();
      announce("第" + (index + 1) + "条已移到第" + (target + 1) + "条。");
    }
    editor.changed();
  }

  /* ----- wiring -------------------------------------------------------------------------------- */

  document.querySelectorAll("form[data-draft-key]").forEach(function (form) {
    var editor = new Editor(form);
    editors.push(editor);
    form.addEventListener("input", function (event) {
      if (event.target.matches("[data-item-heading], [data-item-body]")) { renumber(form); }
      editor.changed();
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-command]");
      if (button && form.contains(button)) {
        event.preventDefault();
        onCommand(editor, button);
      }
    });
    form.addEventListener("submit", function () { leaving = true; editor.keepLocally(); });
    editor.offerKeptText();
  });

  // Forms that end a conflict (take mine, take theirs, save the merge) end the kept text too.
  document.querySelectorAll("[data-resolves-draft]:not([data-resolves-draft=''])").forEach(function (element) {
    var key = element.getAttribute("data-resolves-draft");
    element.addEventListener(element.tagName === "FORM" ? "submit" : "click", function () {
      leaving = true;
      localStorage.removeItem(key);
    });
  });

  // Other forms (answers, section moves) only need the leave warning.
  document.querySelectorAll("main form[method='post']:not([data-draft-key])").forEach(function (form) {
    form.addEventListener("input", function () { form.dataset.dirty = "true"; });
    form.addEventListener("submit", function () { leaving = true; });
  });

  window.addEventListener("beforeunload", function (event) {
    var unsaved = editors.some(function (e) { return e.dirty; })
      || document.querySelector("main form[data-dirty='true']") !== null;
    if (unsaved && !leaving) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  function retryAll() { editors.forEach(function (e) { if (e.dirty && !e.saving) { e.save(); } }); }
  window.addEventListener("online", retryAll);
  window.addEventListener("focus", retryAll);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { retryAll(); } });

  // After a post without the script the page comes back at the item it was about (#item-3) or the conflict.
  var target = document.querySelector("[data-autofocus]")
    || (/^#item-\d+$/.test(location.hash) && document.querySelector(location.hash + " [data-item-heading]"));
  if (target) { target.focus(); }
})();

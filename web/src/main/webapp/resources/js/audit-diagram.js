// The diagram view: each model a directive ran on, drawn by the bpmn-js viewer, with the steps
// that ran (and how often, per unit for the multi-instance parts) and the ones still open.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('diagram-data').value || '{}');
  var models = data.models || [];
  var counts = data.counts || [];
  var unitNames = data.unitNames || {};
  // What each kind of element is, in words (the model's own types are for engineers).
  var KINDS = {
    'bpmn:UserTask': 'Bước xử lý của cán bộ',
    'bpmn:ServiceTask': 'Bước tự động',
    'bpmn:CallActivity': 'Quy trình con',
    'bpmn:SubProcess': 'Nhóm bước',
    'bpmn:StartEvent': 'Bắt đầu',
    'bpmn:EndEvent': 'Kết thúc',
    'bpmn:ExclusiveGateway': 'Rẽ nhánh theo điều kiện',
    'bpmn:ParallelGateway': 'Rẽ nhánh song song',
    'bpmn:EventBasedGateway': 'Chờ sự kiện đến trước',
    'bpmn:IntermediateCatchEvent': 'Chờ (hẹn giờ hoặc tin nhắn)',
    'bpmn:BoundaryEvent': 'Hẹn giờ, sự kiện kèm bước',
    'bpmn:SequenceFlow': 'Luồng chuyển bước'
  };

  /** A model's own name (the process's name in its XML), else its key. */
  function nameOf(model) {
    var doc = new DOMParser().parseFromString(model.xml, 'application/xml');
    var process = doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', 'process')[0];
    return (process && process.getAttribute('name')) || model.processKey;
  }
  var tabs = document.getElementById('models');
  var details = document.getElementById('details');
  var viewer = new BpmnJS({ container: '#canvas' });

  function statsOf(processKey) {
    var byActivity = {};
    counts.filter(function (c) { return c.processKey === processKey; }).forEach(function (c) {
      var s = byActivity[c.activityId] || (byActivity[c.activityId] = { runs: 0, open: 0, units: [] });
      s.runs += c.runs;
      s.open += c.open;
      if (c.unitCode) {
        s.units.push(c);
      }
    });
    return byActivity;
  }

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) { el.className = cls; }
    return el;
  }

  function show(model) {
    var stats = statsOf(model.processKey);
    Array.prototype.forEach.call(tabs.children, function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.key === model.processKey));
    });
    viewer.importXML(model.xml).then(function () {
      var canvas = viewer.get('canvas');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      registry.forEach(function (element) {
        var s = stats[element.id];
        if (s) {
          canvas.addMarker(element.id, s.open > 0 ? 'dh-open' : 'dh-done');
          var badge = text('div', String(s.runs) + (s.open > 0 ? ' (' + s.open + ')' : ''), 'dh-badge');
          badge.title = s.runs + ' lần chạy / runs, ' + s.open + ' đang mở / open';
          overlays.add(element.id, { position: { bottom: 0, right: 0 }, html: badge });
        } else if (element.type === 'bpmn:SequenceFlow' && element.businessObject.sourceRef
            && stats[element.businessObject.sourceRef.id] && stats[element.businessObject.targetRef.id]) {
          // The engine does not record flows: one whose both ends ran is drawn as taken.
          canvas.addMarker(element.id, 'dh-taken');
        }
      });
      viewer.get('eventBus').on('element.click', function (event) {
        describe(event.element, stats[event.element.id]);
      });
    }).catch(function (err) {
      details.textContent = 'Không vẽ được sơ đồ / The diagram could not be drawn: ' + err.message;
    });
  }

  function describe(element, s) {
    details.innerHTML = '';
    var name = (element.businessObject && element.businessObject.name) || element.id;
    details.appendChild(text('h2', name));
    var kind = text('p', KINDS[element.type] || element.type, 'dh-step-kind');
    kind.title = element.id + ' · ' + element.type;
    details.appendChild(kind);
    if (!s) {
      details.appendChild(text('p', 'Chưa chạy lần nào. / Never ran.'));
      return;
    }
    details.appendChild(text('p', 'Số lần chạy / runs: ' + s.runs + ' · đang mở / open: ' + s.open, 'dh-step-runs'));
    if (s.units.length) {
      var table = document.createElement('table');
      table.className = 'dh-table';
      var head = document.createElement('tr');
      ['Đơn vị', 'Số lần chạy', 'Đang mở'].forEach(function (h) { head.appendChild(text('th', h)); });
      table.appendChild(head);
      s.units.forEach(function (u) {
        var row = document.createElement('tr');
        row.appendChild(text('td', unitNames[u.unitCode] || u.unitCode));
        row.appendChild(text('td', String(u.runs)));
        row.appendChild(text('td', String(u.open)));
        table.appendChild(row);
      });
      details.appendChild(table);
    }
    var link = document.createElement('a');
    link.href = 'audit.xhtml?directive=' + encodeURIComponent(data.code);
    link.textContent = 'Nhật ký của văn bản / the trail';
    details.appendChild(link);
  }

  models.forEach(function (model) {
    var button = text('button', nameOf(model));
    button.type = 'button';
    button.dataset.key = model.processKey;
    button.id = 'model-' + model.processKey;
    button.addEventListener('click', function () { show(model); });
    tabs.appendChild(button);
  });
  if (models.length) {
    show(models[0]);
  } else {
    details.textContent = 'Văn bản chưa có quy trình chạy. / The directive has no case yet.';
  }
}());

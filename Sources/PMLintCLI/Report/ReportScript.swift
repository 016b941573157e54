/// The report's only script, inline: sorting by any column and filtering the documents.
/// The page is complete without it. With `#report-test` in the address it also writes the
/// drawn size of every chart and any script error into the page, for the browser test.
enum ReportScript {
    static let javascript = """
        (function(){
        var errors=[];window.addEventListener('error',function(e){errors.push(String(e.message))});
        function each(list,f){Array.prototype.forEach.call(list,f)}
        function key(td){var k=td.getAttribute('data-sort');return k!==null?k:td.textContent.trim()}
        try{
        each(document.querySelectorAll('table.sortable'),function(table){
          var heads=table.tHead.rows[0].cells;
          each(heads,function(th,column){
            var button=document.createElement('button');button.type='button';button.textContent=th.textContent;
            th.textContent='';th.appendChild(button);th.setAttribute('aria-sort','none');
            button.addEventListener('click',function(){
              var ascending=th.getAttribute('aria-sort')!=='ascending';
              each(heads,function(h){h.setAttribute('aria-sort','none')});
              th.setAttribute('aria-sort',ascending?'ascending':'descending');
              var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
              var numeric=rows.length>0&&rows[0].cells[column].className==='num';
              rows.sort(function(a,b){var x=key(a.cells[column]),y=key(b.cells[column]);
                var order=numeric?(x===''?Infinity:+x)-(y===''?Infinity:+y):x.localeCompare(y);
                if(order!==order)order=0;return ascending?order:-order});
              var fragment=document.createDocumentFragment();rows.forEach(function(r){fragment.appendChild(r)});body.appendChild(fragment);
            });
          });
        });
        var filter=document.getElementById('document-filter'),table=document.getElementById('documents-table');
        if(filter&&table){
          filter.parentNode.hidden=false;
          var count=document.getElementById('document-count');
          filter.addEventListener('input',function(){
            var wanted=filter.value.toLowerCase(),shown=0;
            each(table.tBodies[0].rows,function(row){var match=!wanted||row.textContent.toLowerCase().indexOf(wanted)>=0;row.hidden=!match;if(match)shown++});
            count.textContent=wanted?shown+' shown':'';
          });
        }
        }catch(e){errors.push(String(e))}
        if(location.hash.indexOf('report-test')>=0){
          var result={sections:[],charts:[],errors:errors};
          each(document.querySelectorAll('section'),function(s){result.sections.push(s.id)});
          each(document.querySelectorAll('svg.plot'),function(svg){var box=svg.getBoundingClientRect();
            result.charts.push({id:svg.parentNode.id,x:Math.round(box.left+scrollX),y:Math.round(box.top+scrollY),width:Math.round(box.width),height:Math.round(box.height),
              marks:svg.querySelectorAll('rect,path.dots,polyline').length})});
          var out=document.createElement('pre');out.id='report-test-results';out.textContent=JSON.stringify(result);document.body.appendChild(out);
        }
        })();
        """
}

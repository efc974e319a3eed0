package extractor

import (
	"os"
	"strings"
	"testing"
)

func TestZZProbe2(t *testing.T) {
	b, err := os.ReadFile("/tmp/xtroops-probe2.txt")
	if err != nil {
		t.Skip()
	}
	e := newTestExtractor(t)
	for _, s := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		a := e.analyze(s)
		for _, q := range a.quants {
			f, ok := a.frameFor(&q)
			var g frame
			ok2 := false
			if ok {
				g, ok2 = a.settle(f, &q)
			}
			t.Logf("%q kind=%v num=%v prepped=%v shares=%v frame=%v %+v settle=%v %v", a.text[a.toks[q.start].start:a.toks[q.end-1].end], q.kind, q.num != nil, q.prepped, a.sharesLine(&q), ok, f.rule+"/"+f.name, ok2, g.actors)
		}
	}
}

package extractor

import (
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	b, err := os.ReadFile("/tmp/xtroops-probe.txt")
	if err != nil {
		t.Skip()
	}
	e := newTestExtractor(t)
	for _, s := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		var got []string
		for _, c := range e.Extract(s) {
			got = append(got, giveRender(c)+" "+strings.Join(c.Rules, ","))
		}
		t.Logf("%s\n     => %q", s, got)
	}
}

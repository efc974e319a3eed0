package news

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestArticleIDStable(t *testing.T) {
	a, b := ArticleID("https://example.org/a"), ArticleID("https://example.org/a")
	if a != b || len(a) != 32 {
		t.Errorf("ArticleID not stable or not 32 hex chars: %q %q", a, b)
	}
	if ArticleID("https://example.org/b") == a {
		t.Error("different URLs share an id")
	}
}

func TestCommitmentIDDependsOnValueAndSpan(t *testing.T) {
	base := Commitment{Actor: "GB", Kind: KindTroops, Troops: Int64(3000), Start: 10, End: 40}
	id := CommitmentID("art", base)
	if id != CommitmentID("art", base) {
		t.Fatal("not deterministic")
	}
	variants := map[string]Commitment{}
	c := base
	c.Actor = "FR"
	variants["actor"] = c
	c = base
	c.Troops = Int64(3001)
	variants["troops"] = c
	c = base
	c.Troops = nil
	variants["nil troops"] = c
	c = base
	c.Start = 11
	variants["span"] = c
	c = base
	c.Kind = KindSupport
	variants["kind"] = c
	for name, v := range variants {
		if CommitmentID("art", v) == id {
			t.Errorf("%s change keeps the id", name)
		}
	}
	if CommitmentID("other", base) == id {
		t.Error("article id not part of the commitment id")
	}
	// Confidence and status are not identity: a re-extraction that only
	// rescores keeps the id (and so the human review decision).
	c = base
	c.Confidence = 0.1
	c.Status = StatusDeclined
	if CommitmentID("art", c) != id {
		t.Error("confidence/status changed the id")
	}
}

func TestValueAndFormatAmount(t *testing.T) {
	tests := []struct {
		c    Commitment
		want string
	}{
		{Commitment{Kind: KindTroops, Troops: Int64(5000)}, "5000 troops"},
		{Commitment{Kind: KindTroops}, "troops"},
		{Commitment{Kind: KindMoney, Amount: Float64(1.6e9), Currency: "GBP"}, "1.6 billion GBP"},
		{Commitment{Kind: KindMoney, Amount: Float64(500), Currency: "EUR"}, "500 EUR"},
		{Commitment{Kind: KindMoney, Amount: Float64(2.5e12), Currency: "USD"}, "2.5 trillion USD"},
		{Commitment{Kind: KindMoney, Amount: Float64(97.39999999999999e6), Currency: "EUR"}, "97.4 million EUR"},
		{Commitment{Kind: KindMoney, Amount: Float64(0.1 + 0.2), Currency: "EUR"}, "0.3 EUR"},
		{Commitment{Kind: KindMoney, Amount: Float64(1234567891), Currency: "EUR"}, "1.234567891 billion EUR"},
		{Commitment{Kind: KindEquipment, Count: Int64(40), Item: "Leopard 2 tanks"}, "40 × Leopard 2 tanks"},
		{Commitment{Kind: KindSupport, Item: "air support"}, "air support"},
	}
	for _, tt := range tests {
		if got := tt.c.Value(); got != tt.want {
			t.Errorf("Value(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestCommitmentJSONUsesEvalFieldNames(t *testing.T) {
	b, err := json.Marshal(Commitment{Doc: "d", Actor: "US", Kind: KindMoney, Amount: Float64(1e9), Currency: "USD", Status: StatusPledged, Recipient: "UA", Evidence: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{`"doc":"d"`, `"actor":"US"`, `"kind":"money"`, `"troops":null`, `"amount":1000000000`, `"currency":"USD"`, `"item":""`, `"count":null`, `"status":"pledged"`, `"recipient":"UA"`, `"evidence":"x"`, `"confidence":0`} {
		if !strings.Contains(string(b), f) {
			t.Errorf("JSON %s lacks %s", b, f)
		}
	}
}

func TestKindsAndStatusesValid(t *testing.T) {
	for _, k := range Kinds() {
		if !k.Valid() {
			t.Errorf("%s invalid", k)
		}
	}
	for _, s := range Statuses() {
		if !s.Valid() {
			t.Errorf("%s invalid", s)
		}
	}
	if Kind("tanks").Valid() || Status("maybe").Valid() {
		t.Error("unknown values accepted")
	}
}

func TestCommitmentNumber(t *testing.T) {
	troops, amount, count := int64(300), 1.5e9, int64(14)
	for _, tt := range []struct {
		c    Commitment
		want float64
	}{
		{Commitment{Troops: &troops}, 300},
		{Commitment{Amount: &amount}, 1.5e9},
		{Commitment{Count: &count}, 14},
		{Commitment{Item: "air support"}, -1},
	} {
		if got := tt.c.Number(); got != tt.want {
			t.Errorf("%+v: Number() = %v, want %v", tt.c, got, tt.want)
		}
	}
}

func TestAppendSamples(t *testing.T) {
	n := func(k int) []string {
		out := make([]string, k)
		for i := range out {
			out[i] = string(rune('a' + i))
		}
		return out
	}
	for _, tt := range []struct {
		list, more []string
		want       int
	}{
		{nil, nil, 0},
		{nil, n(3), 3},
		{n(8), n(5), MaxRunSamples},
		{n(12), nil, MaxRunSamples},
		{n(10), n(1), MaxRunSamples},
	} {
		got := AppendSamples(tt.list, tt.more...)
		if len(got) != tt.want {
			t.Errorf("AppendSamples(%d, %d more) has %d, want %d", len(tt.list), len(tt.more), len(got), tt.want)
		}
		if len(tt.list) > 0 && len(got) > 0 && got[0] != tt.list[0] {
			t.Errorf("the first sample changed: %q", got[0])
		}
	}
}

package extractor

import (
	"math"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestContextFeatures checks each context feature (features_context.go)
// on self-written texts: the value on one line of the text, found by actor
// and kind (and value when several lines share them).
func TestContextFeatures(t *testing.T) {
	e := newTestExtractor(t)
	const (
		aid      = "Germany pledged €500m to Ukraine. Ukraine sent 200 troops to the border."
		france   = "France pledged €100m to Mali. France will also send 300 troops. Germany sent 50 trucks."
		two      = "Germany sent 200 troops and France sent 300 troops."
		mixed    = "Germany pledged €500m and 20 tanks to Ukraine."
		items    = "Germany will send 20 tanks, 10 howitzers and 5 radars."
		same     = "Germany pledged €100m. France pledged €100m."
		list     = "Germany, France, Italy and Spain pledged troops for the mission."
		lead     = "The talks ended. Leaders met. Germany sent 200 troops. Nothing else happened."
		head     = "France backs Mali\nGermany sent 200 troops to Lithuania."
		while    = "France sent 100 troops, while Germany sent 200 troops."
		coref    = "Germany's defence minister visited Vilnius on Monday. The country pledged 200 troops."
		lead2    = "The talks ended. Leaders met. Germany sent 20 tanks. Nothing else happened."
		recvHead = "Ukraine sends 200 troops to the border\nGermany pledged €500m to Ukraine."
		german   = "Germany sent 200 troops. Die Regierung sagte, dass die Soldaten nach Litauen gehen und dort bleiben werden."
	)
	tests := []struct {
		text    string
		actor   string
		kind    news.Kind
		value   float64 // -1: any
		feature string
		want    float64
	}{
		// the actor named after "to" somewhere in the text
		{aid, "UA", news.KindTroops, -1, "actor.receiver-in-text", 1},
		{aid, "DE", news.KindMoney, -1, "actor.receiver-in-text", 0},
		// the most mentioned actor; with the receiver test, the page's subject
		{france, "FR", news.KindTroops, -1, "actor.top", 1},
		{france, "DE", news.KindEquipment, -1, "actor.top", 0},
		{aid, "UA", news.KindTroops, -1, "actor.top-receiver", 1},
		{aid, "DE", news.KindMoney, -1, "actor.top-receiver", 0},
		{france, "FR", news.KindTroops, -1, "actor.mentions", math.Log1p(2)},
		{france, "DE", news.KindEquipment, -1, "actor.mentions", math.Log1p(1)},
		// the share of the page's lines
		{france, "FR", news.KindMoney, -1, "doc.line-share", 2.0 / 3},
		{france, "DE", news.KindEquipment, -1, "doc.line-share", 1.0 / 3},
		// lines of the same sentence
		{two, "DE", news.KindTroops, -1, "sent.lines", math.Log1p(1)},
		{france, "DE", news.KindEquipment, -1, "sent.lines", 0},
		{mixed, "DE", news.KindMoney, -1, "sent.same-actor-other-kind", 1},
		{two, "DE", news.KindTroops, -1, "sent.same-actor-other-kind", 0},
		{items, "DE", news.KindEquipment, 10, "sent.same-actor-same-kind", math.Log1p(2)},
		{mixed, "DE", news.KindMoney, -1, "sent.same-actor-same-kind", 0},
		// the same value in a line of another actor
		{same, "FR", news.KindMoney, -1, "value.other-actor", math.Log1p(1)},
		{two, "FR", news.KindTroops, -1, "value.other-actor", 0},
		// one country of a list
		{list, "IT", news.KindTroops, -1, "actor.list", math.Log1p(3)},
		{list, "DE", news.KindTroops, -1, "actor.list", math.Log1p(3)},
		{two, "FR", news.KindTroops, -1, "actor.list", 0},
		// questions and quotes
		{"Why did Germany send 500 troops to Lithuania?", "DE", news.KindTroops, -1, "sent.question", 1},
		{two, "DE", news.KindTroops, -1, "sent.question", 0},
		{"“We will send 500 troops,” said the German minister.", "DE", news.KindTroops, -1, "sent.quoted", 1},
		{two, "DE", news.KindTroops, -1, "sent.quoted", 0},
		// where the sentence stands
		{lead, "DE", news.KindTroops, -1, "sent.position", 0.5},
		{lead, "DE", news.KindTroops, -1, "sent.index", math.Log1p(2)},
		{two, "DE", news.KindTroops, -1, "sent.position", 0},
		// equipment deep in the page, a receiver on the first line
		{lead2, "DE", news.KindEquipment, -1, "equipment.position", 0.5},
		{lead, "DE", news.KindTroops, -1, "equipment.position", 0},
		{recvHead, "UA", news.KindTroops, -1, "actor.receiver-headline", 1},
		{"Aid for the region\n" + aid, "UA", news.KindTroops, -1, "actor.receiver-headline", 0},
		// the first line names another actor
		{head, "DE", news.KindTroops, -1, "head.other-actor", 1},
		{france, "FR", news.KindMoney, -1, "head.other-actor", 0},
		// the actor named sentences back
		{coref, "DE", news.KindTroops, -1, "actor.sent-gap", math.Log1p(1)},
		{two, "DE", news.KindTroops, -1, "actor.sent-gap", 0},
		// the actor in a side clause
		{while, "DE", news.KindTroops, -1, "actor.side-clause", 1},
		{while, "FR", news.KindTroops, -1, "actor.side-clause", 0},
		// classes of the sentence's words
		{"Ukraine received 20 tanks from Germany.", "DE", news.KindEquipment, -1, "sent.receive", 1},
		{"Germany raised its aid to €2bn.", "DE", news.KindMoney, -1, "sent.total", 1},
		{"Germany is considering sending 200 troops.", "DE", news.KindTroops, -1, "sent.considering", 1},
		{two, "DE", news.KindTroops, -1, "sent.receive", 0},
		{two, "DE", news.KindTroops, -1, "sent.total", 0},
		{two, "DE", news.KindTroops, -1, "sent.considering", 0},
		// a quantity in parentheses
		{"Germany will send equipment (20 tanks and 10 howitzers) to Ukraine.", "DE", news.KindEquipment, 10, "quantity.paren", 1},
		{"Germany pledged 9 million euros ($10 million) to Ukraine.", "DE", news.KindMoney, 9000000, "quantity.paren", 0},
		// English function words: 4 of 9 words here, few in German
		{"Germany sent 200 troops to the border of the country.", "DE", news.KindTroops, -1, "doc.english", 4.0 / 9},
		{german, "DE", news.KindTroops, -1, "doc.english", 0},
	}
	for _, tt := range tests {
		cs, feats := e.ExtractWithFeatures(tt.text)
		found := false
		for i, c := range cs {
			if c.Actor != tt.actor || c.Kind != tt.kind || tt.value >= 0 && c.Number() != tt.value {
				continue
			}
			found = true
			got, ok := feats[i][tt.feature]
			if !ok {
				t.Errorf("%q: no feature %s", tt.text, tt.feature)
			} else if math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("%q: %s %s: %s = %.4f, want %.4f", tt.text, tt.actor, tt.kind, tt.feature, got, tt.want)
			}
			break
		}
		if !found {
			t.Errorf("%q: no %s %s line in %d lines", tt.text, tt.actor, tt.kind, len(cs))
		}
	}
}

// TestListAround checks the length of the list of actors a mention
// stands in, on the analysis of self-written texts.
func TestListAround(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		text  string
		token string // the first or last token of the mention
		want  int
	}{
		{"Germany, France, Italy and Spain pledged troops.", "Italy", 3},
		{"Germany, France, Italy, and Spain pledged troops.", "Germany", 3},
		{"Germany and the Netherlands pledged troops.", "Netherlands", 1},
		{"Germany & France pledged troops.", "France", 1},
		{"Germany pledged troops to France.", "France", 0},
		{"Germany pledged troops, France did not.", "France", 0},
	}
	for _, tt := range tests {
		a := e.analyze(tt.text)
		got := -1
		for _, am := range a.actors {
			if a.tx(am.start) == tt.token || a.tx(am.end-1) == tt.token {
				got = a.listAround(am.span)
			}
		}
		e.release(a)
		if got != tt.want {
			t.Errorf("%q: %s in a list of %d others, want %d", tt.text, tt.token, got, tt.want)
		}
	}
}

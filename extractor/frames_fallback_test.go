package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestFallbackFrames checks the recall-first fallback frames
// (frames_fallback.go): money or goods that no other pass turned into a
// line take the committer of their clause, of the line one or two
// sentences before, or the text's main donor; and the near misses where
// they must not (a recipient, a group, casualties, an army's own stock,
// prices, needs, a third party's claim, history, a heading, a list entry
// of an unknown name).
func TestFallbackFrames(t *testing.T) {
	e := newTestExtractor(t)
	// a line: summary and its first rule id
	render := func(_ string, c news.Commitment) string {
		r := ""
		if len(c.Rules) > 0 {
			r = " " + c.Rules[0]
		}
		return summary(c) + r
	}
	const de = "Germany sends more air defence to Ukraine\n\nGermany will send two more air defence systems to Ukraine, the defence ministry said. The systems will arrive before winter. "
	const deLine = "DE equipment 2 × more air defence systems pledged frame.active"
	tests := []extractCase{
		// fallback.previous: the giver of the line one or two sentences back
		{"previous: goods of the package, no giver named",
			de + "Ammunition and 16 launchers are part of the package.",
			[]string{deLine, "DE equipment Ammunition pledged fallback.previous", "DE equipment 16 × launchers pledged fallback.previous"}},
		{"previous: a passive without an agent",
			de + "16 launchers and spare parts were shipped by rail.",
			[]string{deLine, "DE equipment 16 × launchers delivered fallback.previous", "DE equipment spare parts delivered fallback.previous"}},
		{"previous: another batch, due later",
			de + "Another 16 launchers, with spare parts, are due in spring.",
			[]string{deLine, "DE equipment 16 × launchers pledged fallback.previous"}},
		{"previous: the status of the line before when the sentence has no cue",
			"Canada has sent 20 armoured vehicles to Ukraine. A second shipment followed in May. Spare parts and 300 radios were part of it.",
			[]string{"CA equipment 20 × armoured vehicles delivered frame.active", "CA equipment Spare parts delivered fallback.previous", "CA equipment 300 × radios delivered fallback.previous"}},
		{"previous: goods still on their way",
			"Norway sends aid to flood-hit Pakistan\n\nNorway has delivered 40 water pumps to Pakistan. The shipment arrived on Monday. Mobile clinics and 12 generators are also on their way.",
			[]string{"NO equipment 40 × water pumps delivered frame.active", "NO equipment Mobile clinics delivered fallback.previous", "NO equipment 12 × generators delivered fallback.previous"}},
		// fallback.document: the text's one donor, named in the title
		{"document: the title's donor, the line three sentences back",
			de + "Training has already begun. Ammunition and 16 launchers are part of the package.",
			[]string{deLine, "DE equipment Ammunition pledged fallback.document", "DE equipment 16 × launchers pledged fallback.document"}},
		{"document: goods as the subject of a verb that is no giving",
			"Britain sends more aid to Ukraine\n\nBritain will send 14 tanks to Ukraine. The tanks will arrive in March. Crews are in training. Night vision devices and 30 drones complete the package.",
			[]string{"GB equipment 14 × tanks pledged frame.active", "GB equipment Night vision devices pledged fallback.document", "GB equipment 30 × drones pledged fallback.document"}},
		// fallback.clause: money of a giver named before it in its clause
		{"clause: money without a verb after an apposition",
			"Sweden gave Ukraine 10 howitzers. Sweden, a long-time backer, already €50 million this spring.",
			[]string{"SE equipment 10 × howitzers delivered frame.active", "SE money 50 million EUR delivered fallback.clause"}},
		{"clause: money after a relative clause and an adverb",
			"Denmark will send 14 tanks. Denmark has also offered $20 million. Copenhagen, which has led the coalition, then €30 million of its budget for repairs.",
			[]string{"DK equipment 14 × tanks pledged frame.active", "DK money 20 million USD considering frame.active",
				"DK support participation in coalition pledged frame.join", "DK money 30 million EUR pledged fallback.clause"}},
		// fallback.clause: goods whose clause names the text's donor
		{"clause: the donor named in the clause of goods without a verb of giving",
			de + "Germany is also behind 16 launchers for the border guard.",
			[]string{deLine, "DE equipment 16 × launchers pledged fallback.clause"}},
		{"clause: the donor before an aside and bare goods",
			de + "Germany, according to the list, also 16 launchers and radar units.",
			[]string{deLine, "DE equipment 16 × launchers pledged fallback.clause", "DE equipment radar units pledged fallback.clause"}},
		// near misses
		{"near miss: goods the donor's clause names in a sentence with a line",
			"India dispatched two navy ships carrying 300 tonnes of relief supplies.",
			[]string{"IN equipment relief supplies delivered frame.active"}},
		{"near miss: a country other than the donor in the clause of goods",
			de + "France is also behind 16 launchers for the border guard.",
			[]string{deLine}},
		{"near miss: the recipient is the only country of the sentence",
			de + "Ukraine also wants 16 launchers.",
			[]string{deLine}},
		{"near miss: a group's recommendation",
			de + "Partners should provide 16 launchers.",
			[]string{deLine}},
		{"near miss: losses in an attack",
			de + "Some 40 vehicles were lost and 12 soldiers were killed in the attack.",
			[]string{deLine}},
		{"near miss: an army's own stock",
			de + "The army has 1,500 tanks at its disposal.",
			[]string{deLine}},
		{"near miss: goods bought at a price",
			de + "16 launchers were bought for $40 million.",
			[]string{deLine}},
		{"near miss: a third party's claim",
			de + "Russia claims that 40 launchers were destroyed.",
			[]string{deLine}},
		{"near miss: history",
			de + "In 1990, 40 trucks were handed over to the army.",
			[]string{deLine}},
		{"near miss: prices",
			de + "The launchers cost 3 million euros each.",
			[]string{deLine}},
		{"near miss: a need",
			de + "Officials said 16 more launchers are needed.",
			[]string{deLine}},
		{"near miss: an exercise",
			de + "The exercise involves 40 tanks and 25 aircraft.",
			[]string{deLine}},
		{"near miss: goods destroyed after a gift",
			"Canada has sent 20 armoured vehicles to Ukraine. 40 trucks were destroyed in the attack.",
			[]string{"CA equipment 20 × armoured vehicles delivered frame.active"}},
		{"near miss: goods refused",
			"Canada has sent 20 armoured vehicles to Ukraine. 40 trucks will not be sent.",
			[]string{"CA equipment 20 × armoured vehicles delivered frame.active"}},
		{"near miss: the goods taken up by a definite subject are parts of a line",
			de + "These systems include 16 launchers.",
			[]string{deLine}},
		{"near miss: a heading",
			de + "\n\nDrones\n\nOfficials met on Friday.",
			[]string{deLine}},
		{"near miss: the recipient's money",
			"Spain pledged €10 million to Haiti. Haiti, the poorest country in the region, €5 million of its own budget.",
			[]string{"ES money 10 million EUR pledged frame.active"}},
		{"near miss: a fund named by a demonym",
			"Spain pledged €10 million to Haiti. The Spanish Development Fund, a public body, then €5 million.",
			[]string{"ES money 10 million EUR pledged frame.active"}},
		{"near miss: an entry of an unknown name in a list",
			"Italy pledged €50 million, the Regional Fund €20 million.",
			[]string{"IT money 50 million EUR pledged frame.active"}},
		{"near miss: money a group still lacks",
			"Spain pledged €10 million to Haiti. The UN appeal, backed by Spain, still lacks €50 million.",
			[]string{"ES money 10 million EUR pledged frame.active"}},
	}
	runCases(t, e, tests, render)
}

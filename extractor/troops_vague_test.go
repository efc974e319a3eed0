package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestExtractTroopsVagueGuards holds self-written rows on troop lines
// without a number that are no commitment (frames_troops_vague.go): a
// deployment that is only the topic of a debate, the crew sent with a
// ship or an aircraft, and forces of the subject of a second coordinated
// clause; the near-misses keep the proposals, hedges and counted crews.
func TestExtractTroopsVagueGuards(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// the topic of a debate
		{"frustration at the discussion around sending",
			"The chancellor expressed frustration at the discussion around sending German troops to Moldova.",
			nil},
		{"criticised the debate about sending",
			"Germany criticised the debate about sending troops to Moldova.",
			nil},
		{"speculation over deploying",
			"Norway dismissed speculation over deploying soldiers to Moldova.",
			nil},
		{"the debate over sending a numbered force",
			"Spain followed the debate over sending 5,000 troops to Moldova.",
			nil},
		// near-misses: a proposal or a hedge stays
		{"the actor's own talks on sending",
			"Portugal is in discussions about sending troops to Moldova.",
			[]string{"PT troops troops considering"}},
		{"open to the idea of sending",
			"Germany is open to the idea of sending troops to Moldova.",
			[]string{"DE troops troops considering"}},
		{"ready and willing to send",
			"The U.K. is also \"ready and willing\" to send troops to Moldova.",
			[]string{"GB troops troops considering"}},
		// the crew of materiel sent with it
		{"aircraft with pilots and officers",
			"India will deploy an aircraft with Indian pilots and coast guard officers for surveillance flights.",
			[]string{"IN equipment aircraft pledged"}},
		// (the user of the aircraft after "used by" is not read as its
		// giver: no line at all; the row checks that the pilots give none)
		{"aircraft used by the donor with its pilots",
			"It was decided to deploy a patrol aircraft currently used by India with Indian pilots for surveillance.",
			nil},
		{"a vessel with its crew",
			"Japan will send a patrol vessel with its crew to the Philippines.",
			[]string{"JP equipment patrol vessel pledged"}},
		// near-misses: a counted crew and troops with materiel stay
		{"a destroyer with 200 sailors keeps the count",
			"Japan will send a destroyer with 200 sailors to the Gulf.",
			[]string{"JP equipment destroyer pledged", "JP troops 200 troops pledged"}},
		{"troops with tanks stay troops",
			"Germany will send troops with tanks to Lithuania.",
			[]string{"DE troops troops pledged", "DE equipment tanks pledged"}},
		// the forces of the subject of a second clause
		{"second clause with a team from another country",
			"Britain rejoined the mission and air detachments from Italy are also contributing forces to the rotation.",
			[]string{"GB support participation in mission pledged", "IT support air detachments delivered"}},
		{"second clause with a subject of its own",
			"Britain rejoined the air policing mission and allied units are also sending forces to the region.",
			[]string{"GB support participation in mission pledged"}},
		// near-misses: the same subject goes on
		{"a pronoun after and is the same subject",
			"Germany rejoined the mission and it is also sending troops to the region.",
			[]string{"DE troops troops pledged"}},
		{"a second verb of the same subject",
			"Germany rejoined the mission and will send troops to the region.",
			[]string{"DE troops troops pledged"}},
		{"a second clause of another country keeps its own line",
			"Germany will send troops and France is also sending soldiers.",
			[]string{"DE troops troops pledged", "FR troops troops pledged"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}

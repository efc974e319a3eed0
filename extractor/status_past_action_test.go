package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestStatusPastAction holds self-written past verbs of setting an
// operation going (status_past_action.go): launched, stepped in, stepped
// up, mobilised, took over are delivered; a plan, a future, a hedge or a
// negation of the same verbs are not, nor a verb of joining ("rejoined")
// or money a country "stepped in with".
func TestStatusPastAction(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"launched a mission",
			"The Council of the EU today launched the naval mission in the Red Sea.",
			[]string{"EU support naval mission delivered"}},
		{"stepped in to monitor",
			"Poland and Lithuania stepped in to monitor the airspace of Slovakia.",
			[]string{"PL support monitor the airspace of Slovakia delivered", "LT support monitor the airspace of Slovakia delivered"}},
		{"stepped up its presence to a count of jets",
			"The United States stepped up its presence to 12 F-16 jets in May.",
			[]string{"US troops troops delivered", "US equipment 12 × F-16 jets delivered"}},
		{"has mobilised teams",
			"The EU has mobilised 30 search and rescue teams from 20 countries to help Turkey.",
			[]string{"EU support search and rescue teams delivered"}},
		{"took over command of a mission",
			"Italy took over command of the mission in January.",
			[]string{"IT support participation in mission delivered"}},
		{"near-miss: rejoined a mission (joining promises)",
			"Britain rejoined the air policing mission in Romania.",
			[]string{"GB support participation in mission pledged"}},
		{"near-miss: stepped in with money",
			"Japan stepped in with $5 million.",
			[]string{"JP money 5 million USD pledged"}},
		{"near-miss: plans to launch",
			"The EU plans to launch a naval mission in the Red Sea.",
			[]string{"EU support naval mission pledged"}},
		{"near-miss: will launch",
			"The EU will launch a naval mission in the Red Sea.",
			[]string{"EU support naval mission pledged"}},
		{"near-miss: could launch under a condition",
			"If the war resumes, NATO could launch a new mission.",
			[]string{"NATO support mission considering"}},
		{"near-miss: has not launched",
			"Germany has not launched any mission.",
			[]string{"DE support any mission declined"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string {
		if c.Kind == news.KindSupport {
			return c.Actor + " support " + c.Item + " " + string(c.Status)
		}
		return summary(c)
	})
}

// TestStatusCompletedGift holds self-written nouns of handing over whose
// verb tells them done (madeGift with completedVerb, and the
// delivery-noun frame's "completed"): delivered; a future, a negation or
// an announcement of the same noun is not.
func TestStatusCompletedGift(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"has reported an urgent transfer of a count worth a sum",
			"The Latvian government has reported an urgent transfer to Ukraine of 60 generators worth more than €1 million.",
			[]string{"LV equipment 60 × generators delivered", "LV money 1 million EUR delivered"}},
		{"completed the transfer of vehicles",
			"Germany completed the transfer of 40 armoured vehicles to Ukraine.",
			[]string{"DE equipment 40 × armoured vehicles delivered"}},
		{"has completed an emergency transfer of a count worth a sum",
			"Estonia has completed an emergency transfer to Ukraine of 50 generators worth €1 million.",
			[]string{"EE equipment 50 × generators delivered", "EE money 1 million EUR delivered"}},
		{"near-miss: will complete the delivery",
			"Poland will complete the delivery of 14 tanks to Ukraine next month.",
			[]string{"PL equipment 14 × tanks pledged"}},
		{"near-miss: plans to complete the delivery",
			"Poland plans to complete the delivery of 14 tanks to Ukraine by May.",
			[]string{"PL equipment 14 × tanks pledged"}},
		{"near-miss: announced the delivery",
			"Poland announced the delivery of 14 tanks to Ukraine.",
			[]string{"PL equipment 14 × tanks pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestStatusInability holds self-written cues of inability and of giving
// left out ("unable to", "not able to", "without sending"): the
// commitment they govern is declined; the same verbs without them keep
// their status.
func TestStatusInability(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"is unable to provide troops",
			"Chile is unable to provide troops to the mission at this time.",
			[]string{"CL troops troops declined"}},
		{"said it was not able to send troops",
			"Peru said it was not able to send troops to the mission.",
			[]string{"PE troops troops declined"}},
		{"talks about a force without providing own troops",
			"Finland and Poland are discussing a peacekeeping force without providing their own troops.",
			[]string{"FI troops troops declined", "PL troops troops declined"}},
		{"backs a mission without sending own troops",
			"Finland backs the mission without sending its own troops.",
			[]string{"FI troops troops declined"}},
		{"near-miss: is able to provide troops",
			"Chile is able to provide troops to the mission.",
			[]string{"CL troops troops pledged"}},
		{"near-miss: will send troops without delay",
			"Peru will send 200 troops to the mission without delay.",
			[]string{"PE troops 200 troops pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

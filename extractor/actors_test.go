package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestActorsAndStatus holds the phrasings of actor resolution, repeated
// lines and status cues: which actor a line gets, when two lines are one,
// and which status a cue gives. Sentences are written for the test.
func TestActorsAndStatus(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// de-duplication of lines without a number
		{"headline and body without a number",
			"Belgium to send frigates to the Gulf\nBelgium will also send frigates to the region, the ministry said.",
			[]string{"BE equipment frigates pledged"}},
		// joint commitments of numbered quantities
		{"joint sum of three countries is a group",
			"Finland, Estonia and Latvia will jointly provide €300 million for the fund.",
			[]string{"group:Finland, Estonia and Latvia money 300 million EUR pledged"}},
		{"each keeps one line per country",
			"Finland and Estonia will each provide €10 million for the fund.",
			[]string{"FI money 10 million EUR pledged", "EE money 10 million EUR pledged"}},
		{"a country and its member states",
			"The European Union and its member states have pledged €8 billion to the appeal.",
			[]string{"group:European Union and its member states money 8 billion EUR pledged"}},
		{"a country along with others",
			"Qatar, along with other regional countries, pledged $2 billion in deposits.",
			[]string{"group:Qatar, along with other regional countries money 2 billion USD pledged"}},
		{"countries without a number keep their lines",
			"Spain and Portugal are sending frigates to the region.",
			[]string{"ES equipment frigates delivered", "PT equipment frigates delivered"}},
		{"a place in both",
			"Britain, a donor to both Kenya and Somalia, pledged $20 million.",
			[]string{"GB money 20 million USD pledged"}},
		// a bare group is the subject, not the countries named before it
		{"conference members are not the donors",
			"At a meeting of 40 nations including Canada, Chile and Peru, countries pledged $900 million for the fund.",
			nil},
		// status cues
		{"not right before the verb declines",
			"Austria is not supplying weapons to either side.",
			[]string{"AT equipment weapons declined"}},
		{"a hedge before not considers",
			"Several partners may not be sending troops, but Denmark might send troops.",
			[]string{"group:partners troops troops considering", "DK troops troops considering"}},
		{"pauses plans declines",
			"Norway pauses plans to send fighter jets to the region",
			[]string{"NO equipment fighter jets declined"}},
		{"nor will declines",
			"Nor will Chile provide ammunition.",
			[]string{"CL equipment ammunition declined"}},
		{"keen to considers",
			"Ireland has been keen to deploy troops to the mission.",
			[]string{"IE troops troops considering"}},
		{"a condition first considers",
			"If approved, Canada would send 40 armoured vehicles to the region.",
			[]string{"CA equipment 40 × armoured vehicles considering"}},
		{"extended a credit line was delivered",
			"India extended a USD 500 million line of credit to Nepal.",
			[]string{"IN money 500 million USD delivered"}},
		{"since the invasion in a year is cumulative",
			"The Netherlands announced new aid on Monday. It brings the total Dutch aid since the invasion in 2022 to €3 billion.",
			[]string{"NL money 3 billion EUR delivered"}},
		{"a future verb is not cumulative",
			"Poland said it would provide its largest package to date, worth €200 million.",
			[]string{"PL money 200 million EUR pledged"}},
		{"progressive sending is delivered",
			"Greece and Cyprus are sending frigates to the Red Sea.",
			[]string{"GR equipment frigates delivered", "CY equipment frigates delivered"}},
		{"progressive providing stays pledged",
			"Canada is providing 50 drones to the army.",
			[]string{"CA equipment 50 × drones pledged"}},
		{"troops a country contributes serve now",
			"Ghana contributes 800 soldiers to the mission in Lebanon.",
			[]string{"GH troops 800 troops delivered"}},
		{"a headline in the present is delivered",
			"Norway donates 20 howitzers to Ukraine\nThe howitzers will arrive next month.",
			[]string{"NO equipment 20 × howitzers delivered"}},
		{"a reduced relative passive was delivered",
			"The navy has commissioned two patrol boats donated by Japan.",
			[]string{"JP equipment 2 × patrol boats delivered"}},
		{"examples of a kind are not a delivery",
			"Options include shipments such as missiles supplied by Norway.",
			[]string{"NO equipment missiles pledged"}},
		{"troops that will withdraw decline",
			"The 900 Belgian troops stationed in the country will start withdrawing next week.",
			[]string{"BE troops 900 troops declined"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

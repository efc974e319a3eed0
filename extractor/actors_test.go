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
			[]string{"ES equipment frigates pledged", "PT equipment frigates pledged"}},
		{"a place in both",
			"Britain, a donor to both Kenya and Somalia, pledged $20 million.",
			[]string{"GB money 20 million USD pledged"}},
		// a bare group is the subject, not the countries named before it
		{"conference members are not the donors",
			"At a meeting of 40 nations including Canada, Chile and Peru, countries pledged $900 million for the fund.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

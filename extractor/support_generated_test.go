package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// genSupportKinds are the non-quantified kinds of help news names, each as
// the noun phrase a giver "provides". Sentences are written for the test.
var genSupportKinds = []struct{ label, noun string }{
	{"training", "training for Moldovan forces"},
	{"logistics", "logistical support"},
	{"intelligence", "intelligence sharing"},
	{"air policing", "air policing"},
	{"naval escort", "naval escorts"},
	{"air cover", "air cover"},
	{"medical team", "a medical team"},
	{"field hospital", "a field hospital"},
	{"demining", "demining assistance"},
	{"cyber defence", "cyber defence support"},
	{"engineering", "engineering support"},
	{"airlift", "airlift"},
	{"surveillance", "surveillance flights"},
	{"reconnaissance", "reconnaissance support"},
	{"maintenance", "maintenance and repair services"},
	{"search and rescue", "search and rescue support"},
	{"monitoring", "ceasefire monitoring"},
}

// genSupportForms are clause forms with %[1]s the subject and %[2]s the
// help noun phrase, each with the status it shows.
var genSupportForms = []struct{ label, text, status string }{
	{"will provide", "%[1]s will provide %[2]s to Moldova.", "pledged"},
	{"agreed to provide", "%[1]s agreed to provide %[2]s to Moldova.", "pledged"},
	{"offered to provide", "%[1]s offered to provide %[2]s to Moldova.", "considering"},
	{"has been providing", "%[1]s has been providing %[2]s to Moldova.", "delivered"},
	{"is considering providing", "%[1]s is considering providing %[2]s to Moldova.", "considering"},
	{"ruled out providing", "%[1]s ruled out providing %[2]s to Moldova.", "declined"},
	{"will not provide", "%[1]s will not provide %[2]s to Moldova.", "declined"},
	{"passive", "Moldova said %[2]s will be provided by %[1]s.", "pledged"},
	{"pledged", "%[1]s pledged %[2]s for Moldova.", "pledged"},
	{"will contribute", "%[1]s will contribute %[2]s to the mission in Moldova.", "pledged"},
	{"has sent", "%[1]s has sent %[2]s to Moldova.", "delivered"},
	{"announced", "%[1]s announced %[2]s for Moldova on Monday.", "pledged"},
	{"could offer", "%[1]s could offer %[2]s to Moldova.", "considering"},
	{"refused to offer", "%[1]s refused to offer %[2]s to Moldova.", "declined"},
	{"headline", "%[1]s to provide %[2]s to Moldova", "pledged"},
}

// genSupportVerbForms are whole sentences of the verb forms of support
// (train, lead, host, command), %s the subject.
var genSupportVerbForms = []struct{ label, text, status string }{
	{"will train", "%s will train Moldovan soldiers.", "pledged"},
	{"has been training", "%s has been training Moldovan soldiers since March.", "delivered"},
	{"agreed to host", "%s agreed to host a training centre for Moldovan troops.", "pledged"},
	{"will not host", "%s will not host the mission's headquarters.", "declined"},
	{"will lead", "%s will lead the multinational training mission in Moldova.", "pledged"},
	{"is considering leading", "%s is considering leading the peacekeeping mission in Moldova.", "considering"},
	{"ruled out leading", "%s ruled out leading the peacekeeping mission in Moldova.", "declined"},
	{"took command", "%s took command of the naval mission off Moldova.", "delivered"},
	{"lead nation", "%s will be the lead nation for the air policing mission in Moldova.", "pledged"},
	{"offered airlift", "%s offered to provide airlift for the mission in Moldova.", "considering"},
	{"assumes command", "%s assumes command of the naval mission off Moldova.", "pledged"},
	{"will take over command", "%s will take over command of the naval mission off Moldova next month.", "pledged"},
	{"will command", "%s will command the new training mission in Moldova.", "pledged"},
	{"will share intelligence", "%s will share intelligence with Moldova.", "pledged"},
	// (an offer of support that is welcomed is pledged, as in
	// support_shape_test.go; "offered to" is the hedge)
	{"offer of noun", "Moldova welcomed %s's offer of logistical support.", "pledged"},
	{"mission led by", "A training mission led by %s will start in May.", "pledged"},
	{"training provided by", "Training for Moldovan troops will be provided by %s.", "pledged"},
	{"will help with demining", "%s will help Moldova with demining.", "pledged"},
	{"is to host", "%s is to host a regional training centre for Moldovan officers.", "pledged"},
	{"offered to host", "%s has offered to host the headquarters of the mission.", "considering"},
	{"began training", "%s began training Moldovan pilots last week.", "delivered"},
	{"could train", "%s could train Moldovan soldiers, officials said.", "considering"},
	{"refused to train", "%s refused to train Moldovan soldiers.", "declined"},
	{"will send a medical team", "%s will send a medical team to Moldova.", "pledged"},
	{"deployed a field hospital", "%s has deployed a field hospital in Moldova.", "delivered"},
	{"will patrol airspace", "%s will help police Moldova's airspace.", "pledged"},
	{"will escort ships", "%s will escort cargo ships bound for Moldova.", "pledged"},
	// ("will send observers" is left out: observers are personnel, a
	// troops line without a number)
	{"will help monitor", "%s will help monitor the ceasefire in Moldova.", "pledged"},
	{"will lead headline", "%s to lead training mission in Moldova", "pledged"},
	{"agreed to lead", "%s agreed to lead the multinational force in Moldova.", "pledged"},
	{"declined to lead", "%s declined to lead the multinational force in Moldova.", "declined"},
	{"pledge of noun", "%s's pledge of air cover was welcomed in Moldova.", "pledged"},
	{"headline to host", "%s to host training centre for Moldovan pilots", "pledged"},
	{"headline agrees to lead", "%s agrees to lead naval mission off Moldova", "pledged"},
	{"passive will be led by", "The new training mission in Moldova will be led by %s.", "pledged"},
	{"may host", "%s may host a logistics hub for the mission in Moldova.", "considering"},
	{"could lead", "%s could lead the peacekeeping mission in Moldova, officials said.", "considering"},
	{"refused to host", "%s refused to host the mission's headquarters.", "declined"},
	{"will not take part", "%s will not take part in the naval mission off Moldova.", "declined"},
	{"is ready to provide", "%s is ready to provide air policing for Moldova.", "considering"},
	{"has shared intelligence", "%s has shared intelligence with Moldova for months.", "delivered"},
	// ("is training": training going on is delivered, as in the
	// established dev practice)
	{"is training", "%s is training Moldovan pilots.", "delivered"},
	{"will help repair", "%s will help repair Moldova's damaged bridges.", "pledged"},
	{"will help clear mines", "%s will help Moldova clear mines.", "pledged"},
	{"will set up field hospital", "%s will set up a field hospital in Moldova.", "pledged"},
	{"decided to host", "%s decided to host a repair hub for Moldovan vehicles.", "pledged"},
}

// genSupportSubjects are a few donors in the forms news uses for them.
var genSupportSubjects = []struct{ code, label, form string }{
	{"NO", "name", "Norway"},
	{"NO", "capital", "Oslo"},
	{"NO", "demonym government", "the Norwegian government"},
	{"NO", "possessive ministry", "Norway's defence ministry"},
	{"ES", "name", "Spain"},
	{"ES", "demonym government", "the Spanish government"},
	{"CA", "capital", "Ottawa"},
	{"CA", "possessive ministry", "Canada's defence ministry"},
	{"CA", "demonym ministry", "the Canadian defence ministry"},
	{"ES", "possessive leader", "Spain's prime minister"},
}

// genSupportNearMisses must give no line: political support, the
// recipient training its own troops, past history, a mission described
// without a commitment.
var genSupportNearMisses = []string{
	"Norway supports the resolution on Moldova.",
	"Spain backs the peace plan for Moldova.",
	"Canada expressed support for the Moldovan government.",
	"Norway voiced strong support for Moldova's bid to join the union.",
	"Moldova will train its own soldiers at home.",
	"The Moldovan army has been training new recruits since March.",
	"Norway led a similar mission in the Balkans in the 1990s.",
	"The training mission in Moldova began in 2019.",
	"Moldova asked Norway for training support.",
	"Norway said it supports efforts to end the war in Moldova.",
	"Spain's prime minister led the talks on Moldova.",
	"Canada hosted a conference on Moldova last week.",
	"Norway trained its own reservists at home this year.",
	"The Spanish government will host a summit on Moldova.",
	"Norway will lead the talks on the Moldova peace plan.",
	"Canada's defence ministry expressed its full support for the mission.",
	"Norway welcomed the plan for a training mission in Moldova.",
	"The Moldovan army began training new recruits.",
	"Norway took part in talks on Moldova.",
	"Spain took delivery of two new frigates.",
	"Norway has long supported Moldova's independence.",
	"Spain's support for the sanctions was welcomed in Moldova.",
	"Canada will host the next round of talks on Moldova.",
	// ("Norway provided training to Moldovan troops in 2015" is left
	// out: a dated past giving is a delivered line by the conventions)
	"The mission in Moldova will need air cover, officials said.",
	"Moldova asked Spain to provide air cover.",
	"Norway is under pressure to provide air policing for Moldova.",
	"Norway's intelligence service said troops were massing near Moldova.",
	"Spain's foreign minister will lead the delegation to Moldova.",
	"Canada called for a peacekeeping mission in Moldova.",
	"The training centre in Moldova was built by Norway in 2010.",
	"Norway's navy escorted its own ships home.",
	"Budget support for Moldova's ministries rose by five percent.",
	"Spain urged Norway to take command of the naval mission.",
	"Norway will not say whether it will host the talks.",
}

// genSupportKnownGaps are verb forms whose misses are explained, not
// fixed. "help police", "help repair" and "escort" after a possessive
// ministry ("Norway's defence ministry will escort …") give no line,
// though the same verbs after a bare country or "the Canadian defence
// ministry" do: the guard against a country's own forces helping at home
// (ownForcesSubject, "Ukraine's army will help repair bridges") reads
// "defence" after the possessive as the forces; loosening it would let a
// recipient's own ministry through. "will help Moldova clear mines" puts
// the recipient where the frame looks for the giver.
var genSupportKnownGaps = map[string]bool{
	"verb:will escort ships": true, "verb:will patrol airspace": true,
	"verb:will help clear mines": true, "verb:will help repair": true,
}

// cap1 upper-cases the first letter of s.
func cap1(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// TestGeneratedSupport checks, over the product of support kinds × forms
// × subjects (and verb forms × subjects), that each sentence gives one
// support line of the donor with the form's status, and that near-misses
// give none. Failures are counted per dimension value; the test fails
// below its floor.
func TestGeneratedSupport(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	g.known = func(dims []string) bool { return genSupportKnownGaps[dims[0]] }
	check := func(dims []string, text, code, status string) {
		g.expect(text, g.lines(text, missionRender), []string{code + " support " + status}, dims...)
	}
	for _, s := range genSupportSubjects {
		for _, k := range genSupportKinds {
			for _, f := range genSupportForms {
				subj := s.form
				if !strings.HasPrefix(f.text, "%[1]s") {
					subj = s.form
				} else {
					subj = cap1(s.form)
				}
				text := fmt.Sprintf(f.text, subj, k.noun)
				if strings.HasPrefix(f.text, "Moldova said %[2]s") {
					text = fmt.Sprintf(f.text, s.form, k.noun)
				}
				check([]string{"kind:" + k.label, "form:" + f.label, "subj:" + s.label}, text, s.code, f.status)
			}
		}
		for _, f := range genSupportVerbForms {
			check([]string{"verb:" + f.label, "subj:" + s.label}, fmt.Sprintf(f.text, cap1(s.form)), s.code, f.status)
		}
	}
	for _, text := range genSupportNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated support")
}

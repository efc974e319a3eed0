package extractor

import (
	"strings"
	"testing"
)

// vocabHelp is one kind of concrete non-quantified help as the object
// of a verb of giving; send marks help that is sent (a team, flights),
// so the send and deliver phrasings apply to it.
type vocabHelp struct {
	class, noun string
	send        bool
}

// vocabHelps is the vocabulary of non-quantified help, written from the
// domain (military, civil, mission roles), not from news sentences.
var vocabHelps = []vocabHelp{
	// military
	{"mil", "military training", false},
	{"mil", "training for Moldovan pilots", false},
	{"mil", "instruction for Moldovan gunners", false},
	{"mil", "combat training", false},
	{"mil", "officer training", false},
	{"mil", "intelligence", false},
	{"mil", "intelligence sharing", false},
	{"mil", "surveillance", false},
	{"mil", "aerial surveillance", false},
	{"mil", "reconnaissance", false},
	{"mil", "reconnaissance flights", true},
	{"mil", "satellite imagery", false},
	{"mil", "targeting data", false},
	{"mil", "early warning data", false},
	{"mil", "air policing", false},
	{"mil", "air support", false},
	{"mil", "close air support", false},
	{"mil", "air defence cover", false},
	{"mil", "logistics support", false},
	{"mil", "logistical assistance", false},
	{"mil", "strategic airlift", false},
	{"mil", "transport support", false},
	{"mil", "maintenance and repair", false},
	{"mil", "repair services", false},
	{"mil", "demining assistance", false},
	{"mil", "mine clearance", false},
	{"mil", "demining experts", true},
	{"mil", "explosive ordnance disposal teams", true},
	{"mil", "cyber defence assistance", false},
	{"mil", "cybersecurity expertise", false},
	{"mil", "medical evacuation", false},
	{"mil", "naval escorts", false},
	{"mil", "aerial refuelling", false},
	{"mil", "air-to-air refuelling", false},
	{"mil", "security guarantees", false},
	{"mil", "military advice", false},
	{"mil", "military expertise", false},
	{"mil", "counter-terrorism training", false},
	{"mil", "capacity building", false},
	{"mil", "maritime security assistance", false},
	{"mil", "border security assistance", false},
	{"mil", "coast guard training", false},
	{"mil", "basing rights", false},
	{"mil", "overflight rights", false},
	{"mil", "access to its airbases", false},
	{"mil", "a logistics base", false},
	{"mil", "a training hub", false},
	{"mil", "cargo flights", true},
	{"mil", "humanitarian airdrops", false},
	{"mil", "equipment maintenance", false},
	{"mil", "convoy protection", false},
	{"mil", "maritime patrol", false},
	{"mil", "air defence coverage", false},
	{"mil", "de-mining assistance", false},
	{"mil", "pre-deployment training", false},
	{"mil", "professional military education", false},
	// civil
	{"civ", "humanitarian aid", true},
	{"civ", "humanitarian assistance", false},
	{"civ", "emergency relief", false},
	{"civ", "disaster relief assistance", false},
	{"civ", "reconstruction assistance", false},
	{"civ", "technical assistance", false},
	{"civ", "technical expertise", false},
	{"civ", "expertise", false},
	{"civ", "energy assistance", false},
	{"civ", "emergency shelter", false},
	{"civ", "evacuation flights", true},
	{"civ", "medical treatment for wounded soldiers", false},
	{"civ", "treatment for wounded soldiers", false},
	{"civ", "rehabilitation for wounded soldiers", false},
	{"civ", "medical care", false},
	{"civ", "psychosocial support", false},
	{"civ", "search and rescue teams", true},
	{"civ", "a rescue team", true},
	{"civ", "firefighting assistance", false},
	{"civ", "firefighters", true},
	{"civ", "forensic experts", true},
	{"civ", "war crimes investigators", true},
	{"civ", "legal assistance", false},
	{"civ", "nuclear safety assistance", false},
	{"civ", "temporary housing", false},
	{"civ", "water purification", false},
	{"civ", "mental health services", false},
	{"civ", "psychologists", true},
	{"civ", "sniffer dogs", true},
	{"civ", "internet access", false},
	{"civ", "a disaster response team", true},
	{"civ", "an emergency medical team", true},
	{"civ", "a maritime corridor", false},
	{"mil", "an assistance measure", false},
	{"mil", "satellite data", false},
	{"mil", "satellite images", false},
	{"mil", "cyber experts", true},
	{"mil", "counter-drone expertise", false},
	{"mil", "air and missile defence cover", false},
	{"mil", "maritime security", false},
	{"civ", "medical assistance", false},
	{"civ", "mental health support", false},
	{"civ", "evacuation of wounded soldiers", false},
	{"civ", "scholarships", false},
	{"civ", "electoral assistance", false},
	{"civ", "a team of experts", true},
}

// vocabGiving is one phrasing of giving: {A} the donor, {X} the help.
type vocabGiving struct{ label, tmpl, status string }

// vocabGivings are the phrasings of giving with the status each shows;
// the send ones apply only to help that is sent.
var (
	vocabGivings = []vocabGiving{
		{"will provide", "{A} will provide {X} to Moldova.", "pledged"},
		{"offered", "{A} offered {X} to Moldova.", "pledged"},
		{"has given", "{A} has given {X} to Moldova.", "delivered"},
		{"agreed to provide", "{A} agreed to provide {X} to Moldova.", "pledged"},
		{"is ready to provide", "{A} is ready to provide {X} to Moldova.", "considering"},
		{"promised", "{A} promised {X} to Moldova.", "pledged"},
		{"will not provide", "{A} will not provide {X} to Moldova.", "declined"},
		{"has been providing", "{A} has been providing {X} to Moldova since the spring.", "delivered"},
		{"pledged ... for", "{A} pledged {X} for Moldova.", "pledged"},
		{"will offer", "{A} will offer Moldova {X}.", "pledged"},
		{"provide R with", "{A} will provide Moldova with {X}.", "pledged"},
	}
	vocabSendings = []vocabGiving{
		{"will send", "{A} will send {X} to Moldova.", "pledged"},
		{"has sent", "{A} has sent {X} to Moldova.", "delivered"},
		{"will deliver", "{A} will deliver {X} to Moldova.", "pledged"},
		{"is sending", "{A} is sending {X} to Moldova.", "pledged"},
	}
)

// vocabDonors are donor forms: country, demonym + government, capital,
// leader.
var vocabDonors = []struct{ label, form, code string }{
	{"country", "Norway", "NO"},
	{"demonym government", "the Norwegian government", "NO"},
	{"capital", "Ottawa", "CA"},
	{"leader", "the Spanish prime minister", "ES"},
}

// vocabVerbRows are the verb forms of help and the mission roles (lead,
// command, host, monitor, observe, patrol, protect), {A} the donor.
var vocabVerbRows = []vocabGiving{
	{"will train", "{A} will train Moldovan border guards.", "pledged"},
	{"will instruct", "{A} will instruct Moldovan gunners.", "pledged"},
	{"will help demine", "{A} will help demine farmland in Moldova.", "pledged"},
	{"will clear mines", "{A} will help clear mines in Moldova.", "pledged"},
	{"will help rebuild", "{A} will help rebuild Moldova's power grid.", "pledged"},
	{"will help repair", "{A} will help repair the Moldovan grid.", "pledged"},
	{"will evacuate", "{A} will evacuate wounded Moldovan soldiers.", "pledged"},
	{"will treat wounded", "{A} will treat wounded Moldovan soldiers in its hospitals.", "pledged"},
	{"will host refugees", "{A} will host refugees from Moldova.", "pledged"},
	{"will share intelligence", "{A} will share intelligence with Moldova.", "pledged"},
	{"will lead", "{A} will lead the multinational mission in Moldova.", "pledged"},
	{"will command", "{A} will command the naval mission off Moldova.", "pledged"},
	{"will host", "{A} will host the headquarters of the mission in Moldova.", "pledged"},
	{"will monitor", "{A} will help monitor the ceasefire in Moldova.", "pledged"},

	{"will help protect", "{A} will help protect shipping off Moldova.", "pledged"},
	{"will escort", "{A} will escort grain ships bound for Moldova.", "pledged"},
	{"will refuel", "{A} will refuel allied aircraft over Moldova.", "pledged"},
	{"is training", "{A} is training Moldovan pilots.", "delivered"},
	{"has trained", "{A} has trained Moldovan sappers.", "delivered"},
	{"offered to train", "{A} offered to train Moldovan pilots.", "considering"},
	{"ready to lead", "{A} is ready to lead the mission in Moldova.", "considering"},
	{"offered to host", "{A} offered to host a training centre for Moldovan troops.", "considering"},
	{"will not lead", "{A} will not lead the mission in Moldova.", "declined"},
	// ("will assist Moldovan forces with …" without the article still
	// gives no line: a known gap)
	{"will assist forces with", "{A} will assist the Moldovan army with mine clearance.", "pledged"},
	{"will help forces with", "{A} will help Moldova's armed forces with demining.", "pledged"},
	{"will mentor", "{A} will mentor Moldovan staff officers.", "pledged"},
	{"will help R rebuild", "{A} will help Moldova rebuild its power grid.", "pledged"},
	{"is helping R clear mines", "{A} is helping Moldova clear mines.", "delivered"},
	{"helped R repair", "{A} helped Moldova repair damaged bridges.", "delivered"},
	{"has been helping R restore", "{A} has been helping Moldova restore its power grid.", "delivered"},
	{"will help forces repair", "{A} will help the Moldovan army repair its tanks.", "pledged"},
	{"is involved in training", "{A} is actively involved in training Moldovan pilots.", "delivered"},
	{"is engaged in training", "{A} is engaged in training Moldovan sappers.", "delivered"},
	{"will help defend against cyber-attacks", "{A} will help defend against cyber-attacks on Moldova.", "pledged"},
	{"will play a humanitarian role", "{A} will play a key humanitarian role in Moldova.", "pledged"},
	{"will train possessor's", "{A} will train the Moldovan navy's divers.", "pledged"},
	{"will treat the wounded", "{A} will treat the wounded from Moldova in its hospitals.", "pledged"},
}

// vocabPlaceRows are training done in the donor's country, {P} the
// place form of the donor (a name or capital, not a demonym).
var vocabPlaceRows = []vocabGiving{
	{"are being trained in", "Moldovan pilots are being trained in {P}.", "delivered"},
	{"were trained in", "Hundreds of Moldovan sappers were trained in {P} last year.", "delivered"},
	{"will be trained in", "Moldovan pilots will be trained in {P}.", "pledged"},
	{"will receive training in", "Moldovan soldiers will receive training in {P}.", "pledged"},
	{"underwent training in", "The Moldovan officers underwent training in {P}.", "delivered"},
	{"went to for training", "Fifteen Moldovan officers went to {P} for military training.", "delivered"},
	{"will travel to for training", "Moldovan cadets will travel to {P} for training.", "pledged"},
}

// vocabPlaces are donors named as a place.
var vocabPlaces = []struct{ form, code string }{
	{"Norway", "NO"}, {"Britain", "GB"}, {"Ottawa", "CA"}, {"the Netherlands", "NL"},
}

// vocabNearMisses must give no line: political or diplomatic support,
// stances, solidarity, the recipient's own effort, a request by the
// recipient, history, a group of allies.
var vocabNearMisses = []string{
	"Norway will provide political support to Moldova.",
	"Norway offered diplomatic support to Moldova.",
	"The Norwegian government voiced support for the resolution on Moldova.",
	"Norway supports Moldova's bid to join the union.",
	"Ottawa expressed solidarity with Moldova.",
	"The Spanish prime minister expressed solidarity with the people of Moldova.",
	"Moldova will provide training to its own reservists.",
	"The Moldovan army will clear mines on its own farmland.",
	"Moldova asked Norway to provide demining assistance.",
	"Moldova has requested technical assistance from Norway.",
	"Norway has a long history of peacekeeping.",
	"Allies will provide air policing for Moldova.",
	"Several allies offered humanitarian assistance to Moldova.",
	"Moldova needs reconstruction assistance, the minister said.",
	"Norway called for humanitarian aid to Moldova.",
	"Norway welcomed the humanitarian assistance Moldova received.",
	"Norway will provide moral support to Moldova.",
	"Ottawa reaffirmed its unwavering support for Moldova.",
	"Forensic experts said the bodies had been moved.",
	"Firefighters battled the blaze in Oslo on Sunday.",
	"Norway adopted a new maritime security strategy.",
	"Internet access was cut across Moldova.",
	"Ministers discussed maritime security at the meeting.",
	"Satellite images show troops near the Moldovan border.",
	"Norway supports the resolution on Moldova.",
	"Norway will support Moldova's bid to join the union.",
	"The Moldovan coast guard will patrol its own waters.",
	"The Moldovan army will treat wounded soldiers at home.",
	"Norway will clear mines on its own territory.",
	"Norway offered political and moral support to Moldova.",
	"Norway refuelled its own jets over the North Sea.",
	"Norway is involved in training its own reservists.",
	"The Moldovan army is involved in training new recruits.",
	"Norway said cyber-attacks on Moldova were rising.",
	"Norway played no role in the talks on Moldova.",
	"Norwegian soldiers were trained in Norway.",
	"Danish instructors training their own recruits were praised.",
	"Moldova helped Norway win the vote.",
	"Norway is known for its expertise in offshore oil.",
	"Moldova will need early warning data, the general said.",
	"Reconstruction efforts in Moldova are under way.",
	"Norway's capacity building programme at home was cut.",
	"Moldova thanked the world for the humanitarian relief it received.",
	"Norway's medical care system is under strain.",
	"Norway has no basing rights in Moldova.",
	"Norway will help Moldova support its refugees.",
	"Norway helped Moldova secure a seat on the council.",
	"Danish instructors training in Moldova were praised.",
	"Moldovan pilots were trained in Norway by American instructors.",
	"Soldiers are trained in Norway every winter.",
	"Moldovan officers went to Norway for talks.",
	"The minister was trained in Norway as a doctor.",
	"The Norwegian Air Force refuel aircraft arrived at the base.",
}

// vocabKnownGap reports the rows whose miss is explained, not fixed:
// "will offer Moldova military advice" reads "Moldova military" as the
// recipient's forces (an actor with a title), which takes the modifier of
// the help noun.
func vocabKnownGap(noun, form string) bool {
	return noun == "military advice" && form == "will offer"
}

// TestGeneratedSupportVocab runs help nouns × giving phrasings × donor
// forms (and verb forms × donors): each sentence gives one support line
// of the donor with the phrasing's status; near-misses give none.
func TestGeneratedSupportVocab(t *testing.T) {
	g := newGenTable(t)
	check := func(dims []string, tmpl, donor, help, code, status string) {
		text := strings.NewReplacer("{A}", donor, "{X}", help).Replace(tmpl)
		text = cap1(text)
		g.expect(text, g.lines(text, missionRender), []string{code + " support " + status}, dims...)
	}
	for _, d := range vocabDonors {
		for _, h := range vocabHelps {
			forms := vocabGivings
			if h.send {
				forms = append(forms[:len(forms):len(forms)], vocabSendings...)
			}
			for _, f := range forms {
				if vocabKnownGap(h.noun, f.label) {
					continue
				}
				check([]string{"help:" + h.noun, "form:" + f.label, "donor:" + d.label, "class:" + h.class}, f.tmpl, d.form, h.noun, d.code, f.status)
			}
		}
		for _, f := range vocabVerbRows {
			check([]string{"verb:" + f.label, "donor:" + d.label}, f.tmpl, d.form, "", d.code, f.status)
		}
	}
	for _, p := range vocabPlaces {
		for _, f := range vocabPlaceRows {
			text := strings.ReplaceAll(f.tmpl, "{P}", p.form)
			g.expect(text, g.lines(text, missionRender), []string{p.code + " support " + f.status}, "place:"+f.label)
		}
	}
	// teams of coordinated demonyms: one line per country
	for _, text := range []string{
		"Danish and Norwegian instructors are training Moldovan pilots.",
		"Danish, Norwegian and Dutch trainers are working with Moldovan pilots.",
		"Danish and Norwegian demining teams arrived in Moldova.",
		"Danish and Norwegian instructors training Moldovan pilots have arrived.",
		"A Danish and a Norwegian training team were sent to Moldova last year.",
	} {
		want := []string{"DK support delivered", "NO support delivered"}
		if strings.Contains(text, "Dutch") {
			want = append(want, "NL support delivered")
		}
		expectAnyOrder(t, g.e, missionRender, text, want)
	}
	// (a group of allies gives a group line, which is not scored: only
	// lines of a country or organisation count here)
	countryLines := func(text string) []string {
		var out []string
		for _, l := range g.lines(text, missionRender) {
			if !strings.HasPrefix(l, "group:") {
				out = append(out, l)
			}
		}
		return out
	}
	for _, text := range vocabNearMisses {
		g.expectNone(text, countryLines(text), "near-miss")
	}
	t.Logf("%d rows", g.n)
	g.done("generated support vocabulary rows")
}

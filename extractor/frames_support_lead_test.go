package extractor

import (
	"fmt"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestLeadSupport holds self-written sentences for the grammar of leading
// as support (frames_support_lead.go, frames_support_under.go): a force
// or operation led, the lead taken, a command named by its owner, "led
// by" after a comma or a relative pronoun; and the near misses that give
// no support line of leading.
func TestLeadSupport(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// support.lead-force: a force led is support, not troops of no number
		{"ready to take the lead of a force",
			"Rwanda said it was ready to take the lead of an international force in the region.",
			[]string{"RW support considering"}},
		{"offered to lead a force with counted troops: both lines",
			"Ghana has offered to lead the force by sending 800 soldiers.",
			[]string{"GH support considering", "GH troops 800 troops considering"}},
		{"accept the leadership of a force",
			"Fiji agreed to accept the leadership of a regional stabilisation force.",
			[]string{"FJ support pledged"}},
		{"assumed command of an organisation's named group",
			"Portugal assumed command of NATO's standing naval group on Friday.",
			[]string{"PT support delivered"}},
		{"announced the creation of a task force",
			"The Dutch defence minister announced this week the creation of a multinational naval task force.",
			[]string{"NL support pledged"}},
		{"proposed the creation of a fund is no operation",
			"Japan proposed the creation of a new fund for the region.",
			nil},
		// near misses of leading a force
		{"a country's own forces led",
			"Ukraine's army will lead the counter-offensive forces.",
			nil},
		{"a battalion led is troops (frame.lead-unit)",
			"Canada will lead the multinational battalion in Latvia.",
			[]string{"CA troops troops pledged"}},
		{"a lead that has run for years",
			"NATO has been leading a peacekeeping operation in the province since 2001.",
			nil},
		{"a past lead with a year",
			"Brazil led the UN force in 2004.",
			nil},
		// support.take-lead
		{"an absolute clause of taking the lead",
			"Several countries sent rescue teams to the relief operation, with Japan taking the lead.",
			[]string{"JP support delivered"}},
		{"taking the lead in a mission",
			"Senegal will take the lead in the new naval mission.",
			[]string{"SN support pledged"}},
		{"a lead in talks is no help",
			"Germany took the lead in the talks on the mission.",
			nil},
		{"a lead with no operation near is no help",
			"Japan took the lead in the polls.",
			nil},
		// support.under-command
		{"ships under a country's command",
			"The ships will operate under Italian command until March.",
			[]string{"IT support delivered"}},
		{"a unit under a country's command between commas",
			"The battle group, under Dutch command, has been deployed in the country.",
			[]string{"NL support delivered"}},
		{"set up under a country's leadership",
			"The monitoring centre, set up under British leadership, oversees the truce.",
			[]string{"GB support delivered"}},
		{"under the command of an officer of a country",
			"The frigates sailed under the command of a Spanish admiral.",
			[]string{"ES support delivered"}},
		{"under an officer of a country",
			"The naval operation is run under Spanish Rear Admiral Lopez.",
			[]string{"ES support delivered"}},
		{"a place before under is no owner of the forces",
			"The mission is run from a base in southern Italy, under the command of a Greek commodore.",
			[]string{"GR support delivered"}},
		{"a country's own troops under its command",
			"Ukrainian troops under Ukrainian command recaptured the town.",
			nil},
		{"another country's troops under an officer's command",
			"Norway's troops are under the command of a Spanish general.",
			nil},
		{"leadership with nothing commanded",
			"Under Chinese leadership, the economy grew fast.",
			nil},
		// support.commander-role
		{"take a deputy commander role in a force",
			"Malaysia will take a deputy commander role in the new stabilisation force.",
			[]string{"MY support pledged"}},
		{"accepted the position of deputy commander",
			"Malaysia has accepted the position of deputy commander for the force.",
			[]string{"MY support pledged"}},
		{"a country's own forces' commander post",
			"Ukraine's army commander took the position of deputy commander of the Ukrainian forces.",
			nil},
		// support.led-by
		{"led by after a comma",
			"A maritime coalition, led by Estonia and Finland, will protect shipping in the strait.",
			[]string{"EE support pledged", "FI support pledged"}},
		{"led by in a relative clause",
			"The officers will join a taskforce, which will be led by France.",
			[]string{"FR support pledged"}},
		{"a past lead by in a relative clause with a year",
			"The coalition, which was led by France in 2013, has ended.",
			nil},
		// a participle of leading after a country's forces and a comma
		{"police, leading a mission",
			"Some 300 Rwandan police officers, leading the regional security mission, arrived on Monday.",
			[]string{"RW troops 300 troops delivered", "RW support delivered"}},
		{"troops, leading the force",
			"Fijian soldiers, leading the stabilisation force, patrol the capital.",
			[]string{"FJ support delivered"}},
		{"police, leading an operation at home: no mission",
			"Ghanaian police, leading the operation, arrested two suspects.",
			nil},
		{"police, leading an investigation",
			"Ghanaian police, leading the investigation into the mission's failure, questioned two men.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string {
		if c.Kind == news.KindSupport {
			return fmt.Sprintf("%s %s %s", c.Actor, c.Kind, c.Status)
		}
		return summary(c)
	})
}

// TestSupportHelpAndCoordination holds self-written sentences for help
// with a task (frame.help-in: "with" names the task as "in" does, a
// perfect progressive, the task after "its") and for the subject a
// clause after "but" shares (the whole coordinated list; a country that
// modifies a group noun is no subject).
func TestSupportHelpAndCoordination(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a perfect progressive of assisting in a task",
			"Latvia has been assisting Moldova in the training of border guards.",
			[]string{"LV support delivered"}},
		{"help a country with a task",
			"Finland will help Ukraine with the training of deminers.",
			[]string{"FI support pledged"}},
		{"help with a task that is no help",
			"Finland will help Ukraine with the investigation.",
			nil},
		{"asked for help with a task is a request",
			"Ukraine asked Finland for help with the training of deminers.",
			nil},
		{"a clause after but shares the whole list",
			"Austria and Ireland refused to send soldiers but have offered medical support.",
			[]string{"AT troops troops declined", "IE troops troops declined", "AT support pledged", "IE support pledged"}},
		{"a country before a group noun is no subject",
			"Major EU powers such as Spain and Italy have refused to send soldiers but offered airlift support.",
			[]string{"ES troops troops declined", "IT troops troops declined", "ES support pledged", "IT support pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string {
		if c.Kind == news.KindSupport {
			return fmt.Sprintf("%s %s %s", c.Actor, c.Kind, c.Status)
		}
		return summary(c)
	})
}

// TestSupportOffersOf holds self-written sentences for the givers after
// "from" behind a noun of offering or promising (support.offers-of).
func TestSupportOffersOf(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"offers of a kind of support from a list",
			"Offers of search and rescue assistance from Portugal and Greece arrived overnight.",
			[]string{"PT support considering", "GR support considering"}},
		{"promises of coordinated kinds of support",
			"There were early promises of medical and logistical support from Norway.",
			[]string{"NO support pledged"}},
		{"offers accepted are agreed",
			"The government accepted offers of assistance from Chile, Peru and Brazil.",
			[]string{"CL support pledged", "PE support pledged", "BR support pledged"}},
		{"a request of help from a country is no offer",
			"The government asked for assistance from Chile and Peru.",
			nil},
		{"offers from a group",
			"Offers of assistance from donor countries arrived.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string {
		if c.Kind == news.KindSupport {
			return fmt.Sprintf("%s %s %s", c.Actor, c.Kind, c.Status)
		}
		return summary(c)
	})
}

// TestSupportHostFor holds self-written sentences for a country that
// hosts or receives another's people for help (support.host-for).
func TestSupportHostFor(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"host troops for training",
			"Egypt will host another group of Sudanese troops for training.",
			[]string{"EG support pledged"}},
		{"host pilots for training on jets",
			"Norway will host Ukrainian pilots for training on fighter jets.",
			[]string{"NO support pledged"}},
		{"host soldiers to train",
			"Soon, Kenya will host a new batch of Somali soldiers to train in the country.",
			[]string{"KE support pledged"}},
		{"money received for a purpose is no hosting",
			"Ukraine received 20 million dollars for reconstruction.",
			nil},
		{"another party wants a country to host",
			"The alliance wants Hungary to host Ukrainian pilots for training.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string {
		if c.Kind == news.KindSupport {
			return fmt.Sprintf("%s %s %s", c.Actor, c.Kind, c.Status)
		}
		return summary(c)
	})
}

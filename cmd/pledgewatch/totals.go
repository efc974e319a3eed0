package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

func runTotals(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "totals", "--config FILE [filters] [--window DURATION] [--format table|json]", `
Prints troops by country and money by country and currency, with money also
converted to EUR at the dated rates (ledger.rates or the embedded table). The
sums run over the ledger: the same commitment reported by several articles
within --window counts once. Without --status only pledged and delivered
commitments count; rejected ones never do; human corrections apply.

Works while 'pledgewatch run' holds the database: it then asks the running
process over its HTTP API.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	format := fs.String("format", "table", "output `format`: table or json")
	window := fs.String("window", "", "reports of one commitment within this `duration` count once: days (30d) or a duration (720h); default "+store.DefaultWindow.String())
	var ff filterFlags
	ff.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("totals: unexpected argument %q", fs.Arg(0))
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return err
	}
	win, err := api.ParseWindow("--window", *window)
	if err != nil {
		return usagef("--window: %q is not a number of days (30d) or a duration (720h)", *window)
	}
	if win == 0 {
		win = store.DefaultWindow
	}
	q, err := ff.query(e.stderr)
	if err != nil {
		return err
	}
	db, closeDB, err := openLedger(e, *cfgPath, false)
	if err != nil {
		return err
	}
	defer closeDB()
	t, err := db.Totals(ctx, store.LedgerQuery{Query: q, Window: win})
	if err != nil {
		return fmt.Errorf("totals: %w", asUsage(err))
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(t)
	}
	return printTotals(e.stdout, t, win)
}

func printTotals(w io.Writer, t store.Totals, window time.Duration) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%d ledger entries (reports within %s count once)\n\n", t.Entries, days(window))
	fmt.Fprintf(tw, "TROOPS\tCOUNTRY\tENTRIES\n")
	for _, x := range t.Troops {
		fmt.Fprintf(tw, "%d\t%s\t%d\n", x.Troops, x.Country, x.Entries)
	}
	fmt.Fprintf(tw, "\nAMOUNT\tCURRENCY\tCOUNTRY\tEUR\tENTRIES\n")
	for _, x := range t.Money {
		eur := "no rate"
		if x.Converted {
			eur = "€" + approx(x.EUR)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", news.FormatAmount(x.Amount), x.Currency, x.Country, eur, x.Entries)
	}
	fmt.Fprintf(tw, "\nEUR\tCOUNTRY\tUNCONVERTED\n")
	for _, x := range t.EUR {
		fmt.Fprintf(tw, "€%s\t%s\t%s\n", approx(x.EUR), x.Country, strings.Join(x.Unconverted, ","))
	}
	return tw.Flush()
}

// approx renders a converted amount to two decimals of its scale word:
// 4434600000 → "4.43 billion". Converted sums are estimates; more digits
// would claim a precision the rates do not have.
func approx(v float64) string {
	for _, s := range []struct {
		div  float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if math.Abs(v) >= s.div {
			return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(v/s.div, 'f', 2, 64), "0"), ".") + " " + s.name
		}
	}
	return strconv.FormatFloat(math.Round(v), 'f', 0, 64)
}

// days renders a window as whole days when it is one: 720h → "30 days".
func days(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%d days", d/(24*time.Hour))
	}
	return d.String()
}

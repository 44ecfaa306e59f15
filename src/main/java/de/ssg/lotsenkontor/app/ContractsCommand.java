package de.ssg.lotsenkontor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.YearTotals;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code contracts [--json]}: every funding contract (reference, period, annual grant) with, per
 * year, the planned, spent gross and spent eligible totals (cancelled receipts left out).
 */
@Command(name = "contracts", mixinStandardHelpOptions = true, sortOptions = false)
final class ContractsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.contracts.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Map<ContractRow, List<YearTotals>> all = new LinkedHashMap<>();
        try (AppContext context = root.openContext()) {
            FundingQueries queries = context.fundingQueries();
            for (ContractRow c : queries.contracts()) {
                all.put(c, queries.yearTotals(c));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode list = mapper.createArrayNode();
            all.forEach((c, years) -> {
                ObjectNode o = list.addObject();
                o.put("reference", c.reference());
                o.put("title", c.title());
                o.put("funder", c.funder());
                o.put("firstYear", c.firstYear());
                o.put("lastYear", c.lastYear());
                o.put("start", c.start().toString());
                o.put("end", c.end().toString());
                o.put("annualAmount", c.annualAmount().toPlainString());
                ArrayNode ys = o.putArray("years");
                for (YearTotals y : years) {
                    ObjectNode yo = ys.addObject();
                    yo.put("year", y.year());
                    yo.put("planned", y.planned().toPlainString());
                    yo.put("spentGross", y.spentGross().toPlainString());
                    yo.put("spentEligible", y.spentEligible().toPlainString());
                    yo.put("receipts", y.receipts());
                }
            });
            out.println(mapper.writeValueAsString(list));
        } else {
            all.forEach((c, years) -> {
                out.printf("%s  %s  %d–%d  %s%n", c.reference(), c.title(), c.firstYear(), c.lastYear(),
                        Formats.money(c.annualAmount()));
                for (YearTotals y : years) {
                    out.printf("    %d  %20s %20s %20s%n", y.year(), Formats.money(y.planned()),
                            Formats.money(y.spentGross()), Formats.money(y.spentEligible()));
                }
            });
        }
        out.flush();
        return Cli.OK;
    }
}

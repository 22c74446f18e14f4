package org.peerchain.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dashboard check is only as good as its reading of the queries. */
class PromQlTest {
  @Test
  void findsTheMetricsAndNothingElse() {
    assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (le, method) "
        + "(rate(peerchain_rpc_request_seconds_bucket{instance=~\"$instance\", le!=\"1e3\"}[$__rate_interval])))"))
        .containsExactly("peerchain_rpc_request_seconds_bucket");
    assertThat(PromQl.metricNames("rate(a_sum[5m]) / on (instance) rate(b_count[5m]) > bool 1.5e3"))
        .containsExactly("a_sum", "b_count");
    assertThat(PromQl.metricNames("max by (validator_address) (delta(x_missed{instance=~\"$instance\"}[1h]))"))
        .containsExactly("x_missed");
    assertThat(PromQl.metricNames("label_values(ethereum_blockchain_height, instance)"))
        .containsExactly("ethereum_blockchain_height");
    assertThat(PromQl.metricNames("up == 0 or absent(no_such_metric)")).containsExactly("no_such_metric", "up");
  }
}

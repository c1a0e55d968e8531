package org.aimsbook.bench;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * Times starting Asciidoctor on JRuby and converting a first and a hundredth short document in
 * a fresh JVM, to compare JVM and JRuby settings (bench/start-benchmark.sh).
 */
public final class AsciidoctorStart {
    private AsciidoctorStart() {
    }

    public static void main(String[] args) {
        long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        if (System.getProperty("jruby.compile.mode") == null) {
            System.setProperty("jruby.compile.mode", "OFF");
        }
        long start = System.nanoTime();
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        long created = System.nanoTime();
        Options options = Options.builder().safe(SafeMode.SAFE).standalone(false).build();
        String text = "== Purpose\n\nThis *policy* sets out https://example.org[how] we work.\n\n* one\n* two\n\n|===\n|a |b\n|===\n";
        asciidoctor.convert(text, options);
        long first = System.nanoTime();
        for (int i = 0; i < 99; i++) {
            asciidoctor.convert(text + i, options);
        }
        long hundred = System.nanoTime();
        System.out.printf("jvm %d ms, create %d ms, first %d ms, next 99 %d ms%n", jvm, (created - start) / 1_000_000,
                (first - created) / 1_000_000, (hundred - first) / 1_000_000);
        asciidoctor.shutdown();
    }
}

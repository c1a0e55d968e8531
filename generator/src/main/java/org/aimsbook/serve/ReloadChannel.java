package org.aimsbook.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The open tabs' server-sent event streams. A tab's script opens one per page; each event
 * goes to all of them, and a stream that cannot be written (the tab was closed) is dropped.
 */
final class ReloadChannel {
    private final List<OutputStream> tabs = new ArrayList<>();

    /** Keeps a stream whose response headers were sent, to write events to until it breaks. */
    synchronized void open(OutputStream tab) {
        tabs.add(tab);
    }

    /**
     * Sends one event to every open tab.
     *
     * @param name the event's name, which the tab's script listens for
     * @return how many tabs received it
     */
    synchronized int send(String name, String data) {
        byte[] event = ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        return write(event);
    }

    /**
     * Writes an SSE comment, which tabs ignore, so that streams of closed tabs fail and are
     * dropped before the next reload counts them.
     */
    synchronized void probe() {
        write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
    }

    private int write(byte[] bytes) {
        List<OutputStream> broken = new ArrayList<>();
        for (OutputStream tab : tabs) {
            try {
                tab.write(bytes);
                tab.flush();
            } catch (IOException e) {
                broken.add(tab);
            }
        }
        broken.forEach(this::close);
        return tabs.size();
    }

    /** Ends every stream, as the server stops. */
    synchronized void closeAll() {
        new ArrayList<>(tabs).forEach(this::close);
    }

    private void close(OutputStream tab) {
        tabs.remove(tab);
        try {
            tab.close();
        } catch (IOException e) {
            // The tab is gone already; there is nobody left to tell.
        }
    }
}

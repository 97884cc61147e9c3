package app.gleaner.extract.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Part of the parse stage: composes declarative shadow roots ({@code <template shadowrootmode>}, how the clipper
 * serializes the shadow roots of web components) into the light tree, the way a browser renders them. A host's
 * children become its shadow root's content, in which each {@code <slot>} is replaced by the host's light children
 * assigned to it: an element with {@code slot="x"} goes to the first {@code <slot name="x">}, other elements and
 * text to the first slot without a name. A slot that receives nothing shows its own children (fallback content);
 * light children that no slot receives are not rendered and are dropped. Nested roots are composed innermost first,
 * so a slot a component passes on to an inner one is filled from the outer host. A shadow root's own
 * {@code <style>} elements are dropped: their rules are scoped to it, and read as page-wide rules later (see
 * {@link StyleRules}) they would hide or pin unrelated elements.
 *
 * <p>As in the HTML parser, a template is a shadow root only when its mode is {@code open} or {@code closed}, its
 * parent may host a shadow root (a custom element or one of {@link #HOST_TAGS}) and it is the first such template of
 * that parent; any other {@code <template>} is inert and left alone. Composing moves slotted children deeper; the
 * result keeps the parser's limit of {@link PageParser#MAX_DEPTH} levels: an element at the last level but one gets
 * the leaves of its subtree (text, empty elements such as images) in order, without the wrappers between.
 *
 * <p>Stateless and thread-safe. Linear in the size of the tree; a tree without shadow roots costs one scan.
 */
final class ShadowRoots {

    /** The attribute that makes a {@code <template>} a declarative shadow root. */
    static final String MODE_ATTRIBUTE = "shadowrootmode";
    /** Built-in elements that may host a shadow root (besides custom elements), per the DOM standard. */
    static final Set<String> HOST_TAGS = Set.of("article", "aside", "blockquote", "body", "div", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "main", "nav", "p", "section", "span");

    private ShadowRoots() {
    }

    /** Composes every declarative shadow root below {@code root} in place; returns how many were composed. */
    static int flatten(Element root) {
        List<Element> shadowRoots = declarativeRoots(root);
        if (shadowRoots.isEmpty()) {
            return 0;
        }
        Map<Element, List<Element>> slots = slotsDroppingStyles(root, shadowRoots);
        // Document order puts every template after the templates that enclose it, so going backwards composes the
        // innermost roots first.
        for (int i = shadowRoots.size() - 1; i >= 0; i--) {
            Element template = shadowRoots.get(i);
            compose(template, slots.getOrDefault(template, List.of()));
        }
        capDepth(root);
        return shadowRoots.size();
    }

    /** The templates that are shadow roots, in document order: the one scan a page without them pays. */
    private static List<Element> declarativeRoots(Element root) {
        List<Element> roots = new ArrayList<>();
        Set<Element> hosts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element template : root.getElementsByTag("template")) {
            String mode = template.attr(MODE_ATTRIBUTE);
            Element host = template.parent();
            if ((mode.equalsIgnoreCase("open") || mode.equalsIgnoreCase("closed"))
                    && host != null && canHost(host) && hosts.add(host)) {
                roots.add(template);
            }
        }
        return roots;
    }

    private static boolean canHost(Element element) {
        String name = element.normalName();
        boolean custom = name.indexOf('-') > 0 && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
        return custom || HOST_TAGS.contains(name);
    }

    /**
     * Each shadow root's own slots, in tree order; drops each shadow root's own styles on the way. A slot or style
     * belongs to the tree of its nearest enclosing template: one in an inert template, or outside every template,
     * belongs to none and stays.
     */
    private static Map<Element, List<Element>> slotsDroppingStyles(Element root, List<Element> shadowRoots) {
        Set<Element> isRoot = Collections.newSetFromMap(new IdentityHashMap<>());
        isRoot.addAll(shadowRoots);
        Map<Element, List<Element>> slots = new IdentityHashMap<>();
        List<Element> styles = new ArrayList<>();
        Deque<Element> templates = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                String name = element.normalName();
                Element owner = templates.peek();
                if (name.equals("template")) {
                    templates.push(element);
                } else if (owner != null && isRoot.contains(owner)) {
                    if (name.equals("slot")) {
                        slots.computeIfAbsent(owner, k -> new ArrayList<>()).add(element);
                    } else if (name.equals("style")) {
                        styles.add(element);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.normalName().equals("template")) {
                    templates.pop();
                }
            }
        }, root);
        removeAll(styles);
        return slots;
    }

    /** Removes {@code elements}, giving each parent its new child list at once (one by one would be quadratic). */
    private static void removeAll(List<Element> elements) {
        Set<Node> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        removed.addAll(elements);
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : elements) {
            Element parent = element.parent();
            if (parent != null && parents.add(parent)) {
                List<Node> kept = new ArrayList<>();
                for (Node child : parent.childNodes()) {
                    if (!removed.contains(child)) {
                        kept.add(child);
                    }
                }
                parent.empty();
                parent.appendChildren(kept);
            }
        }
    }

    /**
     * Replaces the host's children with the template's content, slots filled. Each parent of slots gets its new child
     * list in one go, so a root with thousands of slots stays linear.
     */
    private static void compose(Element template, List<Element> slots) {
        Element host = template.parent();
        if (host == null) {
            return;
        }
        Map<String, List<Node>> assigned = new HashMap<>();
        for (Node child : host.childNodes()) {
            String name = child == template ? null : slotName(child);
            if (name != null) {
                assigned.computeIfAbsent(name, k -> new ArrayList<>()).add(child);
            }
        }
        host.empty();
        Map<Element, Slot> filling = new IdentityHashMap<>();
        Set<String> filled = new HashSet<>();
        for (Element slot : slots) {
            String name = slot.attr("name");
            List<Node> nodes = filled.add(name) ? assigned.get(name) : null;
            filling.put(slot, nodes != null ? new Slot(nodes, false) : new Slot(List.copyOf(slot.childNodes()), true));
            slot.empty();
        }
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element slot : slots) {
            Element parent = slot.parent();
            if (parent != null && !filling.containsKey(parent) && parents.add(parent)) {
                List<Node> children = new ArrayList<>();
                for (Node child : parent.childNodes()) {
                    expand(child, filling, children);
                }
                parent.empty();
                parent.appendChildren(children);
            }
        }
        List<Node> content = List.copyOf(template.childNodes());
        template.empty();
        host.appendChildren(content);
    }

    /** What a slot shows: the light children assigned to it, or its own children (fallback, which may hold slots). */
    private record Slot(List<Node> nodes, boolean fallback) {
    }

    /** Adds {@code node} to {@code out}, or what it shows if it is a slot of the root being composed. */
    private static void expand(Node node, Map<Element, Slot> filling, List<Node> out) {
        Slot slot = node instanceof Element element ? filling.get(element) : null;
        if (slot == null) {
            out.add(node);
        } else if (!slot.fallback()) {
            out.addAll(slot.nodes());
        } else {
            for (Node child : slot.nodes()) {
                expand(child, filling, out);
            }
        }
    }

    /**
     * Holds the composed tree to the parser's depth limit: stages walk ancestors and descendants freely, and a
     * hostile page can nest a light child a few hundred levels deeper with every shadow root it passes through.
     */
    private static void capDepth(Element root) {
        int rootDepth = 0;
        for (Node n = root; n.parentNode() != null; n = n.parentNode()) {
            rootDepth++;
        }
        int lastButOne = PageParser.MAX_DEPTH - 1 - rootDepth;
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (depth < lastButOne) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            if (node instanceof Element element && hasGrandchildren(element)) {
                tooDeep.add(element);
            }
            return NodeFilter.FilterResult.SKIP_CHILDREN;
        }, root);
        for (Element element : tooDeep) {
            List<Node> leaves = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (depth > 0 && node.childNodeSize() == 0) {
                    leaves.add(node);
                }
            }, element);
            element.empty();
            element.appendChildren(leaves);
        }
    }

    private static boolean hasGrandchildren(Element element) {
        for (Element child : element.children()) {
            if (child.childNodeSize() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The slot a light child is assigned to by name ({@code ""} is the default slot), or null if it is none. */
    private static String slotName(Node node) {
        if (node instanceof Element element) {
            return element.attr("slot");
        }
        return node instanceof TextNode ? "" : null;
    }
}

package app.gleaner.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Part of the parse stage: composes declarative shadow roots ({@code <template shadowrootmode>}, how the clipper
 * serializes the shadow roots of web components) into the light tree, the way a browser renders them. A host's
 * children become its shadow root's content, in which each {@code <slot>} is replaced by the host's light children
 * assigned to it: an element with {@code slot="x"} goes to the first {@code <slot name="x">}, other elements and
 * text to the first slot without a name. A slot that receives nothing shows its own children (fallback content);
 * light children that no slot receives are not rendered and are dropped. Nested roots are composed innermost first,
 * so a slot a component passes on to an inner one is filled from the outer host.
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
        Map<Element, List<Element>> slots = slotsByRoot(root, shadowRoots);
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
     * Each shadow root's own slots, in tree order. A slot belongs to the tree of its nearest enclosing template;
     * a slot in an inert template, or outside every template, belongs to none.
     */
    private static Map<Element, List<Element>> slotsByRoot(Element root, List<Element> shadowRoots) {
        Set<Element> isRoot = Collections.newSetFromMap(new IdentityHashMap<>());
        isRoot.addAll(shadowRoots);
        Map<Element, List<Element>> slots = new IdentityHashMap<>();
        for (Element slot : root.getElementsByTag("slot")) {
            Element owner = slot.parent();
            while (owner != null && !owner.normalName().equals("template")) {
                owner = owner.parent();
            }
            if (owner != null && isRoot.contains(owner)) {
                slots.computeIfAbsent(owner, k -> new ArrayList<>()).add(slot);
            }
        }
        return slots;
    }

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
        Set<String> filled = new HashSet<>();
        for (Element slot : slots) {
            Element parent = slot.parent();
            if (parent == null) {
                continue;
            }
            List<Node> nodes = filled.add(slot.attr("name")) ? assigned.get(slot.attr("name")) : null;
            if (nodes == null) {
                slot.unwrap();
            } else {
                parent.insertChildren(slot.siblingIndex(), nodes);
                slot.remove();
            }
        }
        host.appendChildren(template.childNodes());
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
        NodeTraversor.traverse((node, depth) -> {
            if (depth == lastButOne && node instanceof Element element && hasGrandchildren(element)) {
                tooDeep.add(element);
            }
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

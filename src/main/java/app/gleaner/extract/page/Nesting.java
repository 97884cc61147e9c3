package app.gleaner.extract.page;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Where one element lies in relation to another, walking up without copying the ancestors. Stateless. */
public final class Nesting {

    private Nesting() {
    }

    /** The element after {@code at} in the page's order below {@code root} (null: the whole page); null after the last. */
    public static Element nextInOrder(Element at, Element root) {
        Element child = at.firstElementChild();
        return child != null ? child : nextAfter(at, root);
    }

    /** The element after {@code at} and all it holds, below {@code root} (null: the whole page); null after the last. */
    public static Element nextAfter(Element at, Element root) {
        for (Element e = at; e != null && e != root; e = e.parent()) {
            Element sibling = e.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /** The node (an element, a text node) after {@code at} in the page's order, its first child first; null at end. */
    public static Node nextNodeInOrder(Node at) {
        return at.childNodeSize() > 0 ? at.childNode(0) : nextNodeAfter(at);
    }

    /** The node after {@code at} and all it holds, in the page's order; null after the last. */
    public static Node nextNodeAfter(Node at) {
        for (Node n = at; n != null; n = n.parentNode()) {
            Node sibling = n.nextSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /** Whether {@code node} (an element, or a text node) is {@code ancestor} or lies inside it. */
    public static boolean isWithin(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.parentNode()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code node} comes before {@code other} in the page's order: it holds {@code other}, or the branch it lies
     * on stands before {@code other}'s under the box they share. False for two nodes of different trees.
     */
    public static boolean precedes(Node node, Node other) {
        for (Node at = node; at != null && node != other; at = at.parentNode()) {
            if (at == other) {
                return false; // node lies inside other, which comes first
            }
            if (isWithin(other, at)) { // at is the first box around node that also holds other
                if (at == node) {
                    return true;
                }
                return branchUnder(node, at).siblingIndex() < branchUnder(other, at).siblingIndex();
            }
        }
        return false;
    }

    /** The child of {@code ancestor} that holds {@code node}, or is it. */
    private static Node branchUnder(Node node, Node ancestor) {
        Node branch = node;
        while (branch.parentNode() != ancestor) {
            branch = branch.parentNode();
        }
        return branch;
    }

    /** How many levels {@code element} sits below {@code ancestor}: 0 when it is it, -1 when it lies outside. */
    public static int depthWithin(Element element, Element ancestor) {
        int depth = 0;
        for (Element at = element; at != null; at = at.parent(), depth++) {
            if (at == ancestor) {
                return depth;
            }
        }
        return -1;
    }
}

<%@ page session="false" contentType="text/plain;charset=UTF-8" %><%@ include file="/WEB-INF/headers.jspf" %><%
    // The server's root leads to the application, never to a page naming the server.
    response.sendRedirect(request.getContextPath() + "/welcoming/");
%>

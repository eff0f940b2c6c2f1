<%@ page session="false" isErrorPage="true" contentType="text/plain;charset=UTF-8" %><%@ include file="/WEB-INF/headers.jspf" %><%
    response.setStatus(404);
%>Not found.
